package org.chainrule.draw.chart;

import java.util.Locale;
import org.chainrule.draw.Point;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.SvgExporter;

/**
 * A placed chart as a standalone SVG 1.1 document: polylines and plain text with presentation
 * attributes only, as the diagram's SVG, so librsvg, browsers and Inkscape draw it alike.
 */
public final class ChartSvg {
    private final Theme theme;

    public ChartSvg(Theme theme) { this.theme = theme; }

    public String svg(ChartPicture p) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(p.width()))
                .append("\" height=\"").append(n(p.height())).append("\" viewBox=\"0 0 ").append(n(p.width())).append(' ')
                .append(n(p.height())).append("\">\n");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(n(p.width())).append("\" height=\"").append(n(p.height()))
                .append("\" fill=\"").append(theme.background()).append("\"/>\n");
        for (ChartPicture.Stroke st : p.strokes()) {
            s.append("<polyline points=\"");
            for (int i = 0; i < st.points().size(); i++) {
                Point q = st.points().get(i);
                s.append(i == 0 ? "" : " ").append(n(q.x())).append(',').append(n(q.y()));
            }
            s.append("\" fill=\"none\" stroke=\"").append(st.colour()).append("\" stroke-width=\"").append(n(st.width()))
                    .append("\" stroke-linejoin=\"round\"");
            if (st.dashed()) s.append(" stroke-dasharray=\"").append(n(st.dash()[0])).append(' ').append(n(st.dash()[1])).append('"');
            s.append("/>\n");
        }
        for (ChartPicture.Text t : p.texts()) {
            double x = t.x(), y = t.y();
            String anchor = switch (t.anchor()) {
                case START -> "start";
                case MIDDLE -> "middle";
                case END -> "end";
            };
            // the baseline sits BASELINE font sizes below the centre (across the line when turned)
            double bx = t.vertical() ? x + SvgExporter.BASELINE * t.size() : x;
            double by = t.vertical() ? y : y + SvgExporter.BASELINE * t.size();
            s.append("<text x=\"").append(n(bx)).append("\" y=\"").append(n(by)).append("\" font-family=\"")
                    .append(theme.fontFamilies()).append("\" font-size=\"").append(n(t.size())).append("\" fill=\"")
                    .append(t.colour()).append("\" text-anchor=\"").append(anchor).append('"');
            if (t.vertical()) s.append(" transform=\"rotate(-90 ").append(n(bx)).append(' ').append(n(by)).append(")\"");
            s.append('>').append(xml(t.text())).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
