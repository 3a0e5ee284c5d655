package com.threadline.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A fabric or trims supplier (供应商); transit days turn its ship date into a predicted arrival. */
@Entity
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private MaterialKind category;
    private int transitDays;
    private String contact;
    private String phone;

    protected Supplier() {
    }

    public Supplier(String code, String name, MaterialKind category, int transitDays, String contact, String phone) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.transitDays = transitDays;
        this.contact = contact;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MaterialKind getCategory() {
        return category;
    }

    public int getTransitDays() {
        return transitDays;
    }

    public String getContact() {
        return contact;
    }

    public String getPhone() {
        return phone;
    }
}
