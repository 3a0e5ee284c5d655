package com.threadline.web;

/** The request is well-formed but clashes with what is stored (a duplicate, a closed order). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
