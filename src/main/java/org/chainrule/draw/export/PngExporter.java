package org.chainrule.draw.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
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
import org.chainrule.draw.Theme;

/**
 * Paints a {@link Diagram} with java.awt (headless) and encodes it as PNG. The image is the diagram's
 * bounds times {@code scale} (1, 2 or 4 for print) pixels, on the theme's background or transparent.
 * Text is measured with the real font and centred the way {@link SvgExporter} centres it.
 */
public final class PngExporter {
    private final Theme theme;

    public PngExporter(Theme theme) { this.theme = theme; }

    /** Width and height in pixels of the image of {@code d} at {@code scale}. */
    public static int[] size(Diagram d, int scale) {
        Rect b = d.bounds();
        return new int[] {(int) Math.ceil(b.width() * scale), (int) Math.ceil(b.height() * scale)};
    }

    /** The PNG file's bytes. */
    public byte[] png(Diagram d, int scale, boolean transparent) {
        BufferedImage img = image(d, scale, transparent);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public BufferedImage image(Diagram d, int scale, boolean transparent) {
        int[] wh = size(d, scale);
        BufferedImage img = new BufferedImage(Math.max(1, wh[0]), Math.max(1, wh[1]), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (!transparent) {
                g.setColor(color(theme.background()));
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
            }
            g.scale(scale, scale);
            Rect b = d.bounds();
            g.translate(-b.x(), -b.y());
            for (DiagramFrame f : d.frames()) frame(g, f);
            for (DiagramEdge e : d.edges()) edge(g, e);
            for (DiagramNode n : d.nodes()) node(g, n);
            for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) text(g, t, e.dimmed());
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The dashed frame around the nodes of one use of a cell, with the function's name in it. */
    private void frame(Graphics2D g, DiagramFrame f) {
        g.setColor(color(theme.color(Ink.MUTED)));
        g.setStroke(new BasicStroke((float) theme.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {(float) DiagramFrame.DASH[0], (float) DiagramFrame.DASH[1]}, 0));
        Rect r = f.box();
        double arc = 4 * ShapeKind.CORNER_RADIUS;
        g.draw(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), arc, arc));
        text(g, f.label(), false);
    }

    private void edge(Graphics2D g, DiagramEdge e) {
        Composite old = dim(g, e.dimmed());
        g.setColor(color(e.highlighted() ? theme.highlight() : theme.stroke()));
        float w = (float) (e.highlighted() ? theme.highlightStrokeWidth() : theme.strokeWidth());
        g.setStroke(e.dashed()
                ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {(float) DiagramEdge.DASH[0], (float) DiagramEdge.DASH[1]}, 0)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(e.start().x(), e.start().y());
        if (e.straight()) path.lineTo(e.end().x(), e.end().y());
        else path.curveTo(e.c1().x(), e.c1().y(), e.c2().x(), e.c2().y(), e.end().x(), e.end().y());
        g.draw(path);
        Path2D.Double arrow = new Path2D.Double();
        List<Point> a = e.arrow();
        arrow.moveTo(a.get(0).x(), a.get(0).y());
        for (int i = 1; i < a.size(); i++) arrow.lineTo(a.get(i).x(), a.get(i).y());
        arrow.closePath();
        g.fill(arrow);
        g.setComposite(old);
    }

    private void node(Graphics2D g, DiagramNode n) {
        Composite old = dim(g, n.dimmed());
        Rect r = n.bounds();
        java.awt.Shape shape = switch (n.shape()) {
            case CIRCLE -> new Ellipse2D.Double(r.x(), r.y(), r.width(), r.height());
            case ROUNDED -> new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(),
                    2 * ShapeKind.CORNER_RADIUS, 2 * ShapeKind.CORNER_RADIUS);
            case BOX -> new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        };
        g.setColor(color(theme.fill(n.group())));
        g.fill(shape);
        g.setColor(color(n.highlighted() ? theme.highlight() : theme.stroke()));
        double w = n.highlighted() ? theme.highlightStrokeWidth() : n.output() ? theme.outputStrokeWidth() : theme.strokeWidth();
        g.setStroke(new BasicStroke((float) w));
        g.draw(shape);
        for (PlacedText t : n.texts()) text(g, t, false);
        g.setComposite(old);
    }

    private void text(Graphics2D g, PlacedText t, boolean dimmed) {
        if (t.grid() != null) {
            grid(g, t, dimmed);
            return;
        }
        Composite old = dim(g, dimmed);
        Font base = new Font(theme.fontFamily(), Font.PLAIN, 1).deriveFont((float) t.size());
        Font script = base.deriveFont((float) (t.size() * LabelText.SCRIPT_SCALE));
        double total = 0;
        for (LabelText.Run r : t.text().runs()) {
            total += g.getFontMetrics(r.script() == LabelText.Script.NORMAL ? base : script)
                    .getStringBounds(r.text(), g).getWidth();
        }
        if (t.boxed()) {
            Rect box = Rect.centred(t.x(), t.y(), Math.max(total + 4, t.width()), t.height());
            Color bg = color(theme.background());
            g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 217));
            g.fill(new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 4, 4));
        }
        g.setColor(color(theme.color(t.ink())));
        double x = t.x() - total / 2;
        double baseline = t.y() + SvgExporter.BASELINE * t.size();
        for (LabelText.Run r : t.text().runs()) {
            Font f = r.script() == LabelText.Script.NORMAL ? base : script;
            double dy = switch (r.script()) {
                case SUPER -> LabelText.SUPER_SHIFT * t.size();
                case SUB -> LabelText.SUB_SHIFT * t.size();
                default -> 0;
            };
            g.setFont(f);
            g.drawString(r.text(), (float) x, (float) (baseline + dy));
            x += g.getFontMetrics(f).getStringBounds(r.text(), g).getWidth();
        }
        g.setComposite(old);
    }

    /** A small tensor: its numbers cell by cell between two bracket strokes. */
    private void grid(Graphics2D g, PlacedText t, boolean dimmed) {
        Composite old = dim(g, dimmed);
        if (t.boxed()) {
            Rect box = t.bounds();
            Color bg = color(theme.background());
            g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 217));
            g.fill(new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 4, 4));
        }
        for (PlacedText cell : t.grid().cells(t)) text(g, cell, false);
        g.setColor(color(theme.color(t.ink())));
        g.setStroke(new BasicStroke((float) (org.chainrule.draw.TextGrid.STROKE * t.size())));
        for (java.util.List<org.chainrule.draw.Point> b : t.grid().brackets(t)) {
            java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
            path.moveTo(b.get(0).x(), b.get(0).y());
            for (int i = 1; i < b.size(); i++) path.lineTo(b.get(i).x(), b.get(i).y());
            g.draw(path);
        }
        g.setComposite(old);
    }

    private Composite dim(Graphics2D g, boolean dimmed) {
        Composite old = g.getComposite();
        if (dimmed) g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) theme.dimOpacity()));
        return old;
    }

    private static Color color(String hex) {
        int[] c = Theme.rgb(hex);
        return new Color(c[0], c[1], c[2]);
    }
}
