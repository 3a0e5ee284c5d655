package com.threadline.exception;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders the review page to PDF with openhtmltopdf. A PDF shows only the fonts it embeds, so Chinese needs
 * a CJK TrueType font: Noto Sans SC, which the jar carries (Maven artifact com.helger.font:ph-fonts-noto-sans-sc,
 * SIL Open Font License), subset into each PDF. Should it be missing, a CJK TrueType font of the host is used
 * if one is found; without any, the PDF still renders, with Latin text only. {@link ToUnicodeRepair} then
 * makes the PDF's text copy and search as the ideographs it shows.
 */
@Component
class ReviewReportPdf {

    private static final Logger log = LoggerFactory.getLogger(ReviewReportPdf.class);

    private static final String BUNDLED = "fonts/ttf/NotoSansSC/NotoSansSC-";
    /** TrueType CJK fonts Debian and Ubuntu install (fonts-droid-fallback); OpenType/CFF ones can't be embedded. */
    private static final List<Path> HOST_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    private final List<Font> fonts;
    private volatile ToUnicodeRepair repair;

    ReviewReportPdf() {
        this.fonts = findFonts();
        if (fonts.isEmpty()) {
            log.warn("No CJK TrueType font found: review PDFs will show Latin text only");
        }
    }

    byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Font font : fonts) {
            builder.useFont(font::open, ReviewReportPage.FONT_FAMILY, font.weight(), FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Threadline");
        builder.toStream(pdf);
        try {
            builder.run();
            return fonts.isEmpty() ? pdf.toByteArray() : repair().preferIdeographs(pdf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the review PDF", e);
        }
    }

    private ToUnicodeRepair repair() throws IOException {
        ToUnicodeRepair known = repair;
        if (known == null) {
            try (InputStream font = fonts.get(0).open()) {
                known = ToUnicodeRepair.forFont(font.readAllBytes());
            }
            repair = known;
        }
        return known;
    }

    private static List<Font> findFonts() {
        List<Font> found = new ArrayList<>();
        ClassLoader loader = ReviewReportPdf.class.getClassLoader();
        if (loader.getResource(BUNDLED + "Regular.ttf") != null) {
            found.add(new Font(BUNDLED + "Regular.ttf", null, 400));
            if (loader.getResource(BUNDLED + "Bold.ttf") != null) {
                found.add(new Font(BUNDLED + "Bold.ttf", null, 700));
            }
            return found;
        }
        HOST_FONTS.stream().filter(Files::isReadable).findFirst()
                .ifPresent(path -> found.add(new Font(null, path, 400)));
        return found;
    }

    /** One weight of the CJK font, from the classpath or a file; read once, then kept. */
    private static final class Font {

        private final String resource;
        private final Path file;
        private final int weight;
        private volatile byte[] bytes;

        Font(String resource, Path file, int weight) {
            this.resource = resource;
            this.file = file;
            this.weight = weight;
        }

        int weight() {
            return weight;
        }

        InputStream open() {
            byte[] loaded = bytes;
            if (loaded == null) {
                loaded = load();
                bytes = loaded;
            }
            return new ByteArrayInputStream(loaded);
        }

        private byte[] load() {
            try {
                if (file != null) {
                    return Files.readAllBytes(file);
                }
                try (InputStream in = ReviewReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("missing " + resource);
                    }
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the font " + (file != null ? file : resource), e);
            }
        }
    }
}
