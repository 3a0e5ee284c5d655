package com.threadline.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** Small JPEG previews of photos for the phone lists, at most 320 px on the longer side. */
@Component
class Thumbnails {

    private static final int LONGER_SIDE = 320;

    /** Empty when the image cannot be read (a broken or exotic file still counts as evidence). */
    Optional<InputStream> of(InputStream image) {
        try (image) {
            BufferedImage source = ImageIO.read(image);
            if (source == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) LONGER_SIDE / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = thumbnail.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(thumbnail, "jpg", jpeg);
            return Optional.of(new ByteArrayInputStream(jpeg.toByteArray()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
