package com.threadline.inputs;

/** An accepted input as stored; {@code isNew} is false when it corrected or replaced an earlier one. */
public record Accepted<T>(T input, boolean isNew) {
}
