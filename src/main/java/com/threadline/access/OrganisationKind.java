package com.threadline.access;

public enum OrganisationKind {
    /** Us, the exporter: internal staff. */
    COMPANY,
    FACTORY,
    SUPPLIER
}
