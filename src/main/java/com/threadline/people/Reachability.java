package com.threadline.people;

/**
 * What notifying a person needs to know of them at one moment, from one read: their presence and their contact
 * card (with the IM they prefer, or null).
 */
public record Reachability(Presence presence, ContactDetails contact) {

    public InstantMessenger preferredIm() {
        return contact.preferredIm();
    }
}
