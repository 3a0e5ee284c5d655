package com.threadline.monitoring;

/** Published after an input the monitors read was accepted (output, capacity, shipment, logistics, tech pack). */
public record OrderInputReceived(String orderNo, String kind) {
}
