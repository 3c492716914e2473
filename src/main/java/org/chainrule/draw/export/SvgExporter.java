package org.chainrule.draw.export;

import java.util.List;
import java.util.Locale;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramFrame;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Ink;
import org.chainrule.draw.LabelText;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.draw.ShapeKind;
import org.chainrule.draw.TextGrid;
import org.chainrule.draw.Theme;

/**
 * Writes a {@link Diagram} as a standalone SVG 1.1 document: real text (sub/superscripts as shifted
 * {@code tspan}s), arrowheads as polygons, dashed delayed edges, tooltips as {@code title} elements.
 * Only presentation attributes and plain elements are used so librsvg, browsers and Inkscape draw it
 * alike. Each text says its width ({@code textLength}, from the font's advance widths that placed it),
 * so a renderer with another font still draws it inside its box. Text is vertically centred by putting the baseline {@link #BASELINE} font sizes below the
 * centre, the same rule the PNG back end uses.
 */
public final class SvgExporter {
    /** Baseline below a text's centre, in font sizes (about half the height of a digit). */
    public static final double BASELINE = 0.36;

    private final Theme theme;

    public SvgExporter(Theme theme) { this.theme = theme; }

    /** The SVG document; {@code transparent} leaves out the background. */
    public String svg(Diagram d, boolean transparent) {
        Rect b = d.bounds();
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(b.width()))
                .append("\" height=\"").append(n(b.height())).append("\" viewBox=\"").append(n(b.x())).append(' ')
                .append(n(b.y())).append(' ').append(n(b.width())).append(' ').append(n(b.height())).append("\">\n");
        if (!transparent) {
            s.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                    .append(n(b.width())).append("\" height=\"").append(n(b.height())).append("\" fill=\"")
                    .append(theme.background()).append("\"/>\n");
        }
        for (DiagramFrame f : d.frames()) frame(s, f);
        for (DiagramEdge e : d.edges()) edge(s, e);
        for (DiagramNode node : d.nodes()) node(s, node);
        for (DiagramEdge e : d.edges()) {
            for (PlacedText t : e.texts()) text(s, t, e.dimmed());
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** The dashed frame around the nodes of one use of a cell, with the function's name in it. */
    private void frame(StringBuilder s, DiagramFrame f) {
        Rect r = f.box();
        s.append("<g class=\"cell-frame\"><rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height())).append("\" rx=\"").append(n(2 * ShapeKind.CORNER_RADIUS))
                .append("\" fill=\"none\" stroke=\"").append(theme.color(Ink.MUTED)).append("\" stroke-width=\"").append(n(theme.strokeWidth()))
                .append("\" stroke-dasharray=\"").append(n(DiagramFrame.DASH[0])).append(' ').append(n(DiagramFrame.DASH[1])).append("\"/>\n");
        text(s, f.label(), false);
        s.append("</g>\n");
    }

    private void edge(StringBuilder s, DiagramEdge e) {
        String colour = e.highlighted() ? theme.highlight() : theme.stroke();
        double width = e.highlighted() ? theme.highlightStrokeWidth() : theme.strokeWidth();
        s.append("<g class=\"").append(String.join(" ", e.styleClasses())).append("\"");
        if (e.dimmed()) s.append(" opacity=\"").append(n(theme.dimOpacity())).append('"');
        s.append("><title>").append(xml(e.key())).append("</title>\n");
        s.append("<path d=\"M ").append(p(e.start()));
        if (e.straight()) s.append(" L ").append(p(e.end()));
        else s.append(" C ").append(p(e.c1())).append(' ').append(p(e.c2())).append(' ').append(p(e.end()));
        s.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(width)).append('"');
        if (e.dashed()) {
            s.append(" stroke-dasharray=\"").append(n(DiagramEdge.DASH[0])).append(' ').append(n(DiagramEdge.DASH[1])).append('"');
        }
        s.append("/>\n<polygon points=\"");
        List<Point> a = e.arrow();
        for (int i = 0; i < a.size(); i++) s.append(i == 0 ? "" : " ").append(p(a.get(i)));
        s.append("\" fill=\"").append(colour).append("\"/>\n</g>\n");
    }

    private void node(StringBuilder s, DiagramNode node) {
        String stroke = node.highlighted() ? theme.highlight() : theme.stroke();
        double width = node.highlighted() ? theme.highlightStrokeWidth()
                : node.output() ? theme.outputStrokeWidth() : theme.strokeWidth();
        s.append("<g class=\"").append(String.join(" ", node.styleClasses())).append("\"");
        if (node.dimmed()) s.append(" opacity=\"").append(n(theme.dimOpacity())).append('"');
        s.append("><title>").append(xml(node.id())).append("</title>\n");
        String paint = " fill=\"" + theme.fill(node.group()) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + n(width) + "\"";
        if (node.shape() == ShapeKind.CIRCLE) {
            s.append("<circle cx=\"").append(n(node.x())).append("\" cy=\"").append(n(node.y())).append("\" r=\"")
                    .append(n(node.width() / 2)).append('"').append(paint).append("/>\n");
        } else {
            Rect r = node.bounds();
            s.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                    .append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
            if (node.shape() == ShapeKind.ROUNDED) {
                s.append(" rx=\"").append(n(ShapeKind.CORNER_RADIUS)).append('"');
            }
            s.append(paint).append("/>\n");
        }
        for (PlacedText t : node.texts()) text(s, t, false);
        s.append("</g>\n");
    }

    private void text(StringBuilder s, PlacedText t, boolean dimmed) {
        if (t.grid() != null) {
            grid(s, t, dimmed);
            return;
        }
        boolean group = t.tooltip() != null || dimmed;
        if (group) open(s, "", t, dimmed);
        if (t.boxed()) box(s, "label-box", t.bounds());
        s.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y() + BASELINE * t.size()))
                .append("\" text-anchor=\"middle\" textLength=\"").append(n(t.text().width(t.size())))
                .append("\" lengthAdjust=\"spacingAndGlyphs\" font-family=\"").append(xml(theme.fontFamilies()))
                .append("\" font-size=\"").append(n(t.size())).append("\" fill=\"").append(theme.color(t.ink())).append("\">");
        double shift = 0;
        for (LabelText.Run r : t.text().runs()) {
            double want = switch (r.script()) {
                case SUPER -> LabelText.SUPER_SHIFT * t.size();
                case SUB -> LabelText.SUB_SHIFT * t.size();
                default -> 0;
            };
            s.append("<tspan");
            if (want != shift) s.append(" dy=\"").append(n(want - shift)).append('"');
            if (r.script() != LabelText.Script.NORMAL) {
                s.append(" font-size=\"").append(n(t.size() * LabelText.SCRIPT_SCALE)).append('"');
            }
            s.append('>').append(xml(r.text())).append("</tspan>");
            shift = want;
        }
        s.append("</text>\n");
        if (group) s.append("</g>\n");
    }

    /** A small tensor: its numbers cell by cell between two bracket strokes, the tooltip on the whole. */
    private void grid(StringBuilder s, PlacedText t, boolean dimmed) {
        open(s, " class=\"matrix\"", t, dimmed);
        if (t.boxed()) box(s, "matrix-box", t.bounds());
        for (PlacedText cell : t.grid().cells(t)) text(s, cell, false);
        for (List<Point> b : t.grid().brackets(t)) {
            s.append("<polyline points=\"");
            for (int i = 0; i < b.size(); i++) s.append(i == 0 ? "" : " ").append(p(b.get(i)));
            s.append("\" fill=\"none\" stroke=\"").append(theme.color(t.ink())).append("\" stroke-width=\"")
                    .append(n(TextGrid.STROKE * t.size())).append("\"/>\n");
        }
        s.append("</g>\n");
    }

    /** Opens a group around a text: its dimming and its tooltip. */
    private void open(StringBuilder s, String attributes, PlacedText t, boolean dimmed) {
        s.append("<g").append(attributes);
        if (dimmed) s.append(" opacity=\"").append(n(theme.dimOpacity())).append('"');
        s.append('>');
        if (t.tooltip() != null) s.append("<title>").append(xml(t.tooltip())).append("</title>");
        s.append('\n');
    }

    /** The background patch under a text on a line. */
    private void box(StringBuilder s, String cls, Rect r) {
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height())).append("\" rx=\"2\" fill=\"")
                .append(theme.background()).append("\" fill-opacity=\"0.85\"/>\n");
    }

    private static String p(Point q) { return n(q.x()) + "," + n(q.y()); }

    /** A number with at most two decimals, no trailing zeros, never in exponent form. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
