package org.chainrule.draw.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.chainrule.draw.Point;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.SvgExporter;

/** A placed chart drawn with java.awt (headless), at 1, 2 or 4 pixels per point, as a PNG. */
public final class ChartPng {
    private final Theme theme;

    public ChartPng(Theme theme) { this.theme = theme; }

    public byte[] png(ChartPicture p, int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(p, scale), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public BufferedImage image(ChartPicture p, int scale) {
        BufferedImage img = new BufferedImage((int) Math.ceil(p.width() * scale), (int) Math.ceil(p.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(color(theme.background()));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(scale, scale);
            for (ChartPicture.Stroke st : p.strokes()) {
                float[] dash = st.dashed() ? new float[] {(float) st.dash()[0], (float) st.dash()[1]} : null;
                g.setStroke(new BasicStroke((float) st.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
                g.setColor(color(st.colour()));
                Path2D.Double path = new Path2D.Double();
                Point first = st.points().get(0);
                path.moveTo(first.x(), first.y());
                for (Point q : st.points().subList(1, st.points().size())) path.lineTo(q.x(), q.y());
                g.draw(path);
            }
            for (ChartPicture.Text t : p.texts()) text(g, t);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void text(Graphics2D g, ChartPicture.Text t) {
        Font f = new Font(theme.fontFamily(), Font.PLAIN, 1).deriveFont((float) t.size());
        g.setFont(f);
        g.setColor(color(t.colour()));
        double w = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        AffineTransform old = g.getTransform();
        g.translate(t.x(), t.y());
        if (t.vertical()) g.rotate(-Math.PI / 2);
        g.drawString(t.text(), (float) dx, (float) (SvgExporter.BASELINE * t.size()));
        g.setTransform(old);
    }

    private static Color color(String hex) {
        int[] c = Theme.rgb(hex);
        return new Color(c[0], c[1], c[2]);
    }
}
