package org.chainrule.draw.export;

import java.util.List;
import java.util.Locale;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramFrame;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.draw.ShapeKind;
import org.chainrule.draw.Theme;
import org.chainrule.ops.OpGroup;

/**
 * Writes a {@link Diagram} as TikZ: a standalone document ({@code \documentclass[tikz]{standalone}},
 * compiles with pdflatex) or only the {@code tikzpicture} for pasting into an exam that loads
 * {@code tikz}. The picture uses the diagram's own coordinates (one pixel = {@value #PT_PER_PX} pt, y
 * down), the same curves, arrowhead triangles, colours and text centres as SVG and PNG; labels are set
 * in math mode ({@code w^{[1]}_{13}}, {@code \theta}). Colour definitions sit inside the picture so the
 * pasted picture needs nothing else.
 */
public final class TikzExporter {
    /** Points per diagram pixel (CSS pixels at 96 dpi). */
    public static final double PT_PER_PX = 0.75;

    private final Theme theme;

    public TikzExporter(Theme theme) { this.theme = theme; }

    /** A standalone LaTeX document holding the picture. */
    public String document(Diagram d) {
        return "\\documentclass[tikz,border=4pt]{standalone}\n"
                + "\\usepackage{amsmath}\n"
                + "\\begin{document}\n"
                + picture(d)
                + "\\end{document}\n";
    }

    /** The largest coordinate TeX can hold, in points (its dimensions stop just below 16384 pt). */
    public static final double TEX_MAX_PT = 16_000;

    /**
     * Only the {@code tikzpicture} environment (needs the tikz package).
     *
     * @throws org.chainrule.io.InputException when the drawing reaches beyond what TeX can measure
     *     (a graph unrolled over many steps), rather than write a file pdflatex stops on
     */
    public String picture(Diagram d) {
        Rect far = d.bounds();
        double reach = Math.max(Math.max(Math.abs(far.x()), Math.abs(far.right())), Math.max(Math.abs(far.y()), Math.abs(far.bottom())));
        if (reach * PT_PER_PX > TEX_MAX_PT) {
            throw new org.chainrule.io.InputException(String.format(java.util.Locale.ROOT,
                    "the drawing reaches %.0f pt, more than TeX can measure (%.0f pt): export it folded, with fewer"
                            + " time steps, or as SVG or PNG", reach * PT_PER_PX, TEX_MAX_PT));
        }
        StringBuilder s = new StringBuilder();
        s.append("% Chainrule diagram. Needs \\usepackage{tikz} (and amsmath for a tensor's bmatrix); to fit the page wrap it in\n");
        s.append("% \\resizebox{\\linewidth}{!}{...} (graphicx).\n");
        s.append("\\begin{tikzpicture}[x=").append(n(PT_PER_PX)).append("pt,y=-").append(n(PT_PER_PX)).append("pt]\n");
        colour(s, "crText", theme.text());
        colour(s, "crMuted", theme.muted());
        colour(s, "crStroke", theme.stroke());
        colour(s, "crBackground", theme.background());
        colour(s, "crForward", theme.forward());
        colour(s, "crBackward", theme.backward());
        colour(s, "crTangent", theme.tangent());
        colour(s, "crHighlight", theme.highlight());
        for (OpGroup g : OpGroup.values()) colour(s, fillName(g), theme.fill(g));
        // an invisible frame so the picture's size is the diagram's bounds, as in SVG and PNG
        Rect b = d.bounds();
        s.append("\\path[use as bounding box] (").append(n(b.x())).append(',').append(n(b.y())).append(") rectangle (")
                .append(n(b.right())).append(',').append(n(b.bottom())).append(");\n");
        for (DiagramFrame f : d.frames()) frame(s, f);
        for (DiagramEdge e : d.edges()) edge(s, e);
        for (DiagramNode node : d.nodes()) node(s, node);
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) text(s, t, e.dimmed());
        s.append("\\end{tikzpicture}\n");
        return s.toString();
    }

    private static void colour(StringBuilder s, String name, String hex) {
        s.append("\\definecolor{").append(name).append("}{HTML}{").append(hex.substring(1).toUpperCase(Locale.ROOT)).append("}\n");
    }

    private static String fillName(OpGroup g) {
        String n = g.name().toLowerCase(Locale.ROOT);
        return "crFill" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The dashed frame around the nodes of one use of a cell, with the function's name in it. */
    private void frame(StringBuilder s, DiagramFrame f) {
        Rect r = f.box();
        s.append("\\draw[crMuted, line width=").append(n(theme.strokeWidth() * PT_PER_PX)).append("pt, dash pattern=on ")
                .append(n(DiagramFrame.DASH[0] * PT_PER_PX)).append("pt off ").append(n(DiagramFrame.DASH[1] * PT_PER_PX))
                .append("pt, rounded corners=").append(n(2 * ShapeKind.CORNER_RADIUS * PT_PER_PX)).append("pt] (")
                .append(n(r.x())).append(',').append(n(r.y())).append(") rectangle (").append(n(r.right())).append(',')
                .append(n(r.bottom())).append(");\n");
        text(s, f.label(), false);
    }

    private void edge(StringBuilder s, DiagramEdge e) {
        String colour = e.highlighted() ? "crHighlight" : "crStroke";
        double w = (e.highlighted() ? theme.highlightStrokeWidth() : theme.strokeWidth()) * PT_PER_PX;
        String opacity = e.dimmed() ? ", opacity=" + n(theme.dimOpacity()) : "";
        s.append("\\draw[").append(colour).append(", line width=").append(n(w)).append("pt").append(opacity);
        if (e.dashed()) {
            s.append(", dash pattern=on ").append(n(DiagramEdge.DASH[0] * PT_PER_PX)).append("pt off ")
                    .append(n(DiagramEdge.DASH[1] * PT_PER_PX)).append("pt");
        }
        s.append("] ").append(p(e.start()));
        if (e.straight()) s.append(" -- ").append(p(e.end()));
        else s.append(" .. controls ").append(p(e.c1())).append(" and ").append(p(e.c2())).append(" .. ").append(p(e.end()));
        s.append(";\n\\fill[").append(colour).append(opacity).append("] ");
        List<Point> a = e.arrow();
        for (Point q : a) s.append(p(q)).append(" -- ");
        s.append("cycle;\n");
    }

    private void node(StringBuilder s, DiagramNode node) {
        String stroke = node.highlighted() ? "crHighlight" : "crStroke";
        double w = (node.highlighted() ? theme.highlightStrokeWidth()
                : node.output() ? theme.outputStrokeWidth() : theme.strokeWidth()) * PT_PER_PX;
        s.append("\\filldraw[fill=").append(fillName(node.group())).append(", draw=").append(stroke)
                .append(", line width=").append(n(w)).append("pt");
        if (node.dimmed()) s.append(", opacity=").append(n(theme.dimOpacity()));
        if (node.shape() == ShapeKind.ROUNDED) s.append(", rounded corners=").append(n(ShapeKind.CORNER_RADIUS * PT_PER_PX)).append("pt");
        s.append("] ");
        if (node.shape() == ShapeKind.CIRCLE) {
            s.append(p(node.centre())).append(" circle[radius=").append(n(node.width() / 2 * PT_PER_PX)).append("pt];\n");
        } else {
            Rect r = node.bounds();
            s.append('(').append(n(r.x())).append(',').append(n(r.y())).append(") rectangle (")
                    .append(n(r.right())).append(',').append(n(r.bottom())).append(");\n");
        }
        for (PlacedText t : node.texts()) text(s, t, node.dimmed());
    }

    private void text(StringBuilder s, PlacedText t, boolean dimmed) {
        s.append("\\node[inner sep=0.6pt, font=").append(fontSize(t.size())).append(", text=").append(ink(t));
        if (t.boxed()) s.append(", fill=crBackground, fill opacity=0.85, text opacity=1, rounded corners=1pt");
        if (dimmed) s.append(", opacity=").append(n(theme.dimOpacity()));
        // a small tensor as the exam writes it: a bmatrix with tight columns, about the size the layout gave it
        String math = t.grid() != null ? "\\setlength{\\arraycolsep}{2pt}" + t.grid().tex() : t.text().tex();
        s.append("] at ").append(p(new Point(t.x(), t.y()))).append(" {$").append(math).append("$};\n");
    }

    private static String ink(PlacedText t) {
        return switch (t.ink()) {
            case TEXT -> "crText";
            case MUTED -> "crMuted";
            case FORWARD -> "crForward";
            case BACKWARD -> "crBackward";
            case TANGENT -> "crTangent";
        };
    }

    /** The LaTeX size command nearest to a pixel font size (10 pt document). */
    static String fontSize(double px) {
        double pt = px * PT_PER_PX;
        if (pt >= 9.75) return "\\normalsize";
        if (pt >= 8.5) return "\\small";
        if (pt >= 7.5) return "\\footnotesize";
        return "\\scriptsize";
    }

    private static String p(Point q) { return "(" + n(q.x()) + "," + n(q.y()) + ")"; }

    private static String n(double v) { return SvgExporter.n(v); }
}
