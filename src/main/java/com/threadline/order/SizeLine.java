package com.threadline.order;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many pieces of one colour in one size an order is for; {@code seq} keeps the colours in entry order. */
@Entity
@Table(name = "order_size_line")
public class SizeLine implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Written by the order's {@code sizeLines} mapping; read here for the audit trail. */
    @Column(name = "order_id", insertable = false, updatable = false)
    private Long orderId;
    private int seq;
    private String colour;
    @Column(name = "size_label")
    private String size;
    private int quantity;

    protected SizeLine() {
    }

    SizeLine(int seq, String colour, String size, int quantity) {
        this.seq = seq;
        this.colour = colour;
        this.size = size;
        this.quantity = quantity;
    }

    void belongsTo(Long orderId) {
        this.orderId = orderId;
    }

    void becomes(int seq, int quantity) {
        this.seq = seq;
        this.quantity = quantity;
    }

    /** Whether this is the cell for that colour and size; case and surrounding blanks do not tell cells apart. */
    public boolean is(String colour, String size) {
        return SizeCell.key(this.colour, this.size).equals(SizeCell.key(colour, size));
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public int getSeq() {
        return seq;
    }

    public String getColour() {
        return colour;
    }

    public String getSize() {
        return size;
    }

    public int getQuantity() {
        return quantity;
    }
}
