package com.threadline.partner;

/** What a material line or a supplier delivers: 面料 or 辅料. */
public enum MaterialKind {
    FABRIC("FABRIC_IN_HOUSE"),
    TRIMS("TRIMS_IN_HOUSE");

    private final String inHouseMilestone;

    MaterialKind(String inHouseMilestone) {
        this.inHouseMilestone = inHouseMilestone;
    }

    /** The T&A milestone by which material of this kind must be in the factory. */
    public String inHouseMilestone() {
        return inHouseMilestone;
    }
}
