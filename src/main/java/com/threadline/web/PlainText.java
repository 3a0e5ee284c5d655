package com.threadline.web;

import java.util.Optional;

/**
 * What a text from a client may hold: no control characters but tab and line breaks (a NUL cuts strings short in C
 * code and some drivers), no half of a surrogate pair (it is not a character and cannot be stored as UTF-8), and no
 * character beyond the Basic Multilingual Plane such as an emoji: Camunda's tables, which hold logins, names, ids
 * and process variables, are utf8mb3 on MySQL and refuse them.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why {@code text} is refused, or empty when it may be stored. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return Optional.of("must not contain emoji or other characters outside the Basic Multilingual Plane"
                        + " (U+" + Integer.toHexString(text.codePointAt(i)).toUpperCase() + " at " + i + ")");
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (at " + i + ")");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("must not contain control characters such as NUL (U+"
                        + String.format("%04X", (int) c) + " at " + i + ")");
            }
        }
        return Optional.empty();
    }
}
