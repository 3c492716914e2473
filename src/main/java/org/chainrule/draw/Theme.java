package org.chainrule.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.chainrule.ops.OpGroup;

/**
 * Colours and fonts of every drawing, read from the one resource {@value #RESOURCE} so the canvas and
 * all exporters agree (the UI may generate its CSS from {@link #entries()}). Colours are {@code #rrggbb}
 * strings.
 */
public final class Theme {
    /** The classpath resource the standard theme is read from. */
    public static final String RESOURCE = "/org/chainrule/draw/theme.properties";

    private static final Theme STANDARD = load();

    private final Map<String, String> entries;

    private Theme(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The theme of {@value #RESOURCE}. */
    public static Theme standard() { return STANDARD; }

    /** A theme from explicit entries (tests, or a user's own theme file). */
    public static Theme of(Map<String, String> entries) { return new Theme(entries); }

    private static Theme load() {
        try (InputStream in = Theme.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k).trim());
            return new Theme(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key and value, sorted by key. */
    public Map<String, String> entries() { return entries; }

    public String get(String key) {
        String v = entries.get(key);
        if (v == null) throw new IllegalArgumentException("theme has no '" + key + "'");
        return v;
    }

    public double number(String key) { return Double.parseDouble(get(key)); }

    public String text() { return get("color.text"); }
    public String muted() { return get("color.muted"); }
    public String stroke() { return get("color.stroke"); }
    public String background() { return get("color.background"); }
    public String forward() { return get("color.forward"); }
    public String backward() { return get("color.backward"); }
    public String tangent() { return get("color.tangent"); }
    public String highlight() { return get("color.highlight"); }
    public double dimOpacity() { return number("dim.opacity"); }

    /** The colour of text painted in this ink. */
    public String color(Ink ink) {
        return switch (ink) {
            case TEXT -> text();
            case MUTED -> muted();
            case FORWARD -> forward();
            case BACKWARD -> backward();
            case TANGENT -> tangent();
        };
    }

    /** The fill of nodes of this op group. */
    public String fill(OpGroup group) { return get("fill." + group.name().toLowerCase(Locale.ROOT)); }

    public double strokeWidth() { return number("stroke.width"); }
    public double outputStrokeWidth() { return number("stroke.width.output"); }
    public double highlightStrokeWidth() { return number("stroke.width.highlight"); }

    /** The CSS font-family list, e.g. {@code DejaVu Sans, Verdana, Arial, sans-serif}. */
    public String fontFamilies() { return get("font.family"); }

    /** The first family of {@link #fontFamilies()}: the one back ends ask for by name. */
    public String fontFamily() { return fontFamilies().split(",")[0].trim(); }

    public double titleSize() { return number("font.size.title"); }
    public double symbolSize() { return number("font.size.symbol"); }
    public double labelSize() { return number("font.size.label"); }
    public double smallSize() { return number("font.size.small"); }

    /** {@code #rrggbb} → {r, g, b} in 0..255. */
    public static int[] rgb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}
