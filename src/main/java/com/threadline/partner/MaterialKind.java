package com.threadline.partner;

/** What a material line or a supplier delivers: 面料 or 辅料. */
public enum MaterialKind {
    FABRIC,
    TRIMS
}
