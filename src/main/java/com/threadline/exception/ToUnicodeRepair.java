package com.threadline.exception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of a PDF copy and search as the Chinese it shows. CJK fonts draw an ideograph and its
 * radical form with one glyph (面 U+9762 and ⾯ U+2FAF); PDFBox writes each glyph's text as the lowest code
 * point that maps to it, the radical, so "面料" would copy as "⾯料" and a search for it would fail. This
 * rewrites those entries of each font's ToUnicode map to the ideograph the font maps to the same glyph.
 */
final class ToUnicodeRepair {

    private final Map<Integer, Integer> ideographOfRadical;

    private ToUnicodeRepair(Map<Integer, Integer> ideographOfRadical) {
        this.ideographOfRadical = ideographOfRadical;
    }

    /** Learns from the font's own cmap which ideograph shares its glyph with each radical. */
    static ToUnicodeRepair forFont(byte[] trueTypeFont) throws IOException {
        Map<Integer, Integer> ideographs = new HashMap<>();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueTypeFont))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int radical = 0x2E80; radical <= 0x2FDF; radical++) {
                int glyph = cmap.getGlyphId(radical);
                List<Integer> codes = glyph == 0 ? null : cmap.getCharCodes(glyph);
                Integer ideograph = codes == null ? null
                        : codes.stream().filter(Character::isIdeographic).findFirst().orElse(null);
                if (ideograph != null) {
                    ideographs.put(radical, ideograph);
                }
            }
        }
        return new ToUnicodeRepair(Map.copyOf(ideographs));
    }

    byte[] preferIdeographs(byte[] pdf) throws IOException {
        if (ideographOfRadical.isEmpty()) {
            return pdf;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    COSBase toUnicode = font instanceof PDType0Font
                            ? font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) : null;
                    if (toUnicode instanceof COSStream stream && seen.add(stream)) {
                        changed |= repair(stream);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Rewrites one ToUnicode CMap (two-byte codes, as PDFBox writes for Identity-H fonts) if it names a radical. */
    private boolean repair(COSStream stream) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> text = new TreeMap<>();
        boolean radicals = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code, 2);
            if (unicode == null) {
                continue;
            }
            Integer ideograph = unicode.codePointCount(0, unicode.length()) == 1
                    ? ideographOfRadical.get(unicode.codePointAt(0)) : null;
            if (ideograph != null) {
                unicode = Character.toString(ideograph);
                radicals = true;
            }
            text.put(code, unicode);
        }
        if (!radicals) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(write(text).getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    private static String write(Map<Integer, String> text) {
        StringBuilder cmap = new StringBuilder(64 + text.size() * 16)
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(text.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (byte b : entry.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    cmap.append(String.format("%02X", b));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
