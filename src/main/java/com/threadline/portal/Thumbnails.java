package com.threadline.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/** Small JPEG previews of photos for the phone lists, at most 320 px on the longer side. */
@Component
class Thumbnails {

    private static final int LONGER_SIDE = 320;

    /**
     * Empty when the image cannot be read (a broken or exotic file still counts as evidence). Large photos are
     * read subsampled, so a small file that claims huge dimensions cannot exhaust the memory.
     */
    Optional<InputStream> of(InputStream image) {
        try (image; ImageInputStream in = ImageIO.createImageInputStream(image)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            BufferedImage source;
            try {
                reader.setInput(in, true, true);
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longer / (LONGER_SIDE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                source = reader.read(0, param);
            } finally {
                reader.dispose();
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
