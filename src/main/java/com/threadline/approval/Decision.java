package com.threadline.approval;

/** What one approval level decided; the BPMN gateway Gateway_IsApproved reads it by name. */
public enum Decision {
    APPROVE,
    REJECT
}
