package com.threadline.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A contract factory (加工厂) that sews our orders. */
@Entity
public class Factory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String city;
    private String contact;
    private String phone;

    protected Factory() {
    }

    public Factory(String code, String name, String city, String contact, String phone) {
        this.code = code;
        this.name = name;
        this.city = city;
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

    public String getCity() {
        return city;
    }

    public String getContact() {
        return contact;
    }

    public String getPhone() {
        return phone;
    }
}
