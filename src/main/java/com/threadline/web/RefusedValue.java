package com.threadline.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value that reads fine but is refused by {@link PlainText} or {@link BusinessDates}; the reason is the field's. */
class RefusedValue extends MismatchedInputException {

    private final String reason;

    RefusedValue(JsonParser parser, Class<?> type, String reason) {
        super(parser, reason, type);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
