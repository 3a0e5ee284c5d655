package com.threadline.web;

/** The caller may use the endpoint, but not on this row (an approval level that is not their role's). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
