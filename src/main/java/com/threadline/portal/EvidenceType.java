package com.threadline.portal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The files accepted as evidence, recognised by their first bytes, each with its size limit. */
enum EvidenceType {
    JPEG("image/jpeg", 10, true),
    PNG("image/png", 10, true),
    WEBP("image/webp", 10, false),
    MP4("video/mp4", 50, false),
    QUICKTIME("video/quicktime", 50, false),
    PDF("application/pdf", 20, false);

    /** Enough of a file's head to tell every type apart. */
    static final int HEAD_BYTES = 12;

    private final String mediaType;
    private final long maxBytes;
    private final boolean thumbnailed;

    EvidenceType(String mediaType, int maxMegabytes, boolean thumbnailed) {
        this.mediaType = mediaType;
        this.maxBytes = maxMegabytes * 1024L * 1024L;
        this.thumbnailed = thumbnailed;
    }

    String mediaType() {
        return mediaType;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Whether javax.imageio can read it to make a thumbnail (it cannot read WebP). */
    boolean thumbnailed() {
        return thumbnailed;
    }

    boolean isDocument() {
        return this == PDF;
    }

    static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /** The type the content really has, whatever the client declared. */
    static Optional<EvidenceType> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (ascii(head, 4, "ftypqt")) {
            return Optional.of(QUICKTIME);
        }
        if (ascii(head, 4, "ftyp")) {
            return Optional.of(MP4);
        }
        // QuickTime files from older phones start with another atom than ftyp
        if (ascii(head, 4, "moov") || ascii(head, 4, "mdat") || ascii(head, 4, "wide")) {
            return Optional.of(QUICKTIME);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] head, int offset, String text) {
        return startsWith(head, offset, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        byte[] bytes = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            bytes[i] = (byte) expected[i];
        }
        return startsWith(head, offset, bytes);
    }

    private static boolean startsWith(byte[] head, int offset, byte[] expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
