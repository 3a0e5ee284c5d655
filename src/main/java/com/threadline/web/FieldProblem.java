package com.threadline.web;

/** One thing wrong with a request: which field, and why. */
public record FieldProblem(String field, String reason) {
}
