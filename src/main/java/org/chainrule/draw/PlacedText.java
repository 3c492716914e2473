package org.chainrule.draw;

/**
 * A piece of text at its place: centred on ({@code x}, {@code y}), in font size {@code size} (pixels),
 * painted in {@code ink}. {@code boxed} text sits on a line (a weight, a delay mark) and gets a small
 * background patch so the line does not run through it. {@code tooltip} is the full-precision form of
 * a rounded number, or null. A small tensor is drawn as a {@code grid} of its numbers between brackets
 * (then {@code text} is its one-line form, for tooltips and tests); null for one line of text.
 */
public record PlacedText(LabelText text, double x, double y, double size, Ink ink, boolean boxed, String tooltip,
                         TextGrid grid) {
    /** Line height relative to the font size, used for the box of the text. */
    public static final double LINE = 1.25;

    /** One line of text. */
    public PlacedText(LabelText text, double x, double y, double size, Ink ink, boolean boxed, String tooltip) {
        this(text, x, y, size, ink, boxed, tooltip, null);
    }

    /** Estimated width (see {@link LabelText#width}). */
    public double width() { return (grid != null ? grid.width(size) : text.width(size)) + (boxed ? 4 : 0); }

    public double height() { return grid != null ? grid.height(size) : size * LINE; }

    public Rect bounds() { return Rect.centred(x, y, width(), height()); }

    /** The same text moved to a new centre. */
    public PlacedText at(double nx, double ny) { return new PlacedText(text, nx, ny, size, ink, boxed, tooltip, grid); }
}
