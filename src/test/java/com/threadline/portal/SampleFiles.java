package com.threadline.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Small files of each kind a phone sends, made in memory. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A real PNG photo, 640 × 480. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** The head of an MP4 file (an ftyp box) followed by filler. */
    public static byte[] mp4() {
        byte[] bytes = Arrays.copyOf(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 64);
        return bytes;
    }

    /** {@code size} bytes that start like a PNG. */
    static byte[] pngHeadOfSize(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(png(), 0, bytes, 0, 16);
        return bytes;
    }
}
