package org.chainrule.draw;

/**
 * Shortens a label that would be wider than {@link #MAX_WIDTH}: a sum keeps its first terms and its
 * total ({@code 0.5 + 1 + … = 3.5}), anything else its beginning ({@code Σₜ 1 + 2 …}). The full text goes
 * into the tooltip, so nothing is lost on the canvas (hover) or in SVG ({@code title}).
 */
final class Ellipsis {
    /** Widest label drawn in full, in pixels at scale 1. */
    static final double MAX_WIDTH = 190;
    static final String MARK = "…";

    private Ellipsis() {}

    /** The text as drawn at this font size: itself when it fits, else shortened with {@value #MARK}. */
    static String fit(String text, double size) {
        if (width(text, size) <= MAX_WIDTH) return text;
        int eq = text.lastIndexOf(" = ");
        if (eq > 0) {
            String tail = text.substring(eq);
            String head = prefix(text.substring(0, eq), MAX_WIDTH - width(" " + MARK + tail, size), size);
            // cut between terms, not inside a number
            int space = head.lastIndexOf(' ');
            if (space > 0) head = head.substring(0, space);
            if (!head.isEmpty() && width(head + " " + MARK + tail, size) <= MAX_WIDTH) return head + " " + MARK + tail;
        }
        return prefix(text, MAX_WIDTH - width(MARK, size), size).stripTrailing() + MARK;
    }

    /**
     * A sum cut down to its total ({@code … = 3.5}, a running sum's {@code … = 3.5 …}), for a place too
     * small for the terms; null when the text is no sum.
     */
    static String totalOnly(String text) {
        int eq = text.lastIndexOf(" = ");
        if (eq <= 0) return null;
        String terms = text.substring(0, eq);
        // a sum of terms, not a name (w[1]_13 = 3) nor an update (3 → 2.9)
        if (!(terms.contains(" + ") || terms.contains(" − ")) || text.contains("→")) return null;
        return MARK + text.substring(eq);
    }

    /** The tooltip of a shortened text: the full text, then the number's own tooltip. */
    static String tooltip(String full, String shown, String tip) {
        if (full.equals(shown)) return tip;
        return tip == null ? full : full + "\n" + tip;
    }

    private static String prefix(String s, double room, double size) {
        int end = 0;
        while (end < s.length() && width(s.substring(0, s.offsetByCodePoints(end, 1)), size) <= room) {
            end = s.offsetByCodePoints(end, 1);
        }
        return s.substring(0, end);
    }

    private static double width(String s, double size) { return GlyphWidths.of(s) * size; }
}
