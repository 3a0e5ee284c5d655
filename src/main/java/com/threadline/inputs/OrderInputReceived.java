package com.threadline.inputs;

/**
 * Published (synchronously, inside the input's transaction) after an input for an order was accepted and
 * stored, so the monitors can check that order at once instead of waiting for their next round.
 */
public record OrderInputReceived(String orderNo, InputKind kind) {
}
