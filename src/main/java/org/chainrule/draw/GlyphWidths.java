package org.chainrule.draw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Advance widths of the characters of the theme's font (DejaVu Sans), in font sizes, read once from
 * {@value #RESOURCE}. Every back end sets text in that font, so a text's box computed here is the box
 * it is drawn in: label placement can promise that no two texts touch. Characters the table lacks
 * count {@link LabelText#CHAR_WIDTH}; combining marks (the hat of ŷ) count nothing.
 */
public final class GlyphWidths {
    static final String RESOURCE = "glyph-widths.txt";
    private static final Map<Integer, Double> WIDTHS = load();

    private GlyphWidths() {}

    /** The advance of one character in font sizes. */
    static double of(int codePoint) {
        if (Character.getType(codePoint) == Character.NON_SPACING_MARK) return 0;
        Double w = WIDTHS.get(codePoint);
        return w == null ? LabelText.CHAR_WIDTH : w;
    }

    /** The advance of a string in font sizes. */
    public static double of(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            w += of(c);
            i += Character.charCount(c);
        }
        return w;
    }

    private static Map<Integer, Double> load() {
        Map<Integer, Double> m = new HashMap<>();
        try (InputStream in = GlyphWidths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\\s+");
                m.put(Integer.parseInt(f[0], 16), Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
