package com.threadline.people;

/** What choosing channels needs to know of a person at one moment: presence, and the IM they prefer (or null). */
public record Reachability(Presence presence, InstantMessenger preferredIm) {
}
