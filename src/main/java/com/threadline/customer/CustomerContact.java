package com.threadline.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person at a customer: the buyer page signs them in by phone or email, and emails them when they opted in.
 * The keys are the phone's digits and the email in lower case, so "+86 139-0000-0001" finds "8613900000001".
 */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String name;
    private String phone;
    private String email;
    private String phoneKey;
    private String emailKey;
    private boolean optIn;
    private Instant createdAt;
    @Version
    private long version;

    protected CustomerContact() {
    }

    CustomerContact(Long customerId, Instant createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    void update(String name, String phone, String email, boolean optIn) {
        this.name = name.strip();
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
        this.phoneKey = phoneKey(phone);
        this.emailKey = emailKey(email);
        this.optIn = optIn;
    }

    /** The digits of a phone number, or null when it has none. */
    public static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    public static String emailKey(String email) {
        String cleaned = blankToNull(email);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isOptIn() {
        return optIn;
    }
}
