package org.chainrule.draw.chart;

import java.nio.charset.StandardCharsets;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.DiagramExport;

/** A chart's file: SVG or PNG by the file name's extension, in the standard theme. */
public final class ChartExport {
    private ChartExport() {}

    /** The format a chart file name asks for: SVG or PNG, else null (TikZ charts are not written). */
    public static DiagramExport.Format format(String fileName) {
        DiagramExport.Format f = DiagramExport.Format.of(fileName);
        return f == DiagramExport.Format.SVG || f == DiagramExport.Format.PNG ? f : null;
    }

    /** The file's bytes; {@code format} is SVG or PNG. */
    public static byte[] bytes(Chart c, DiagramExport.Format format) {
        Theme theme = Theme.standard();
        ChartPicture p = ChartLayout.layout(c, theme);
        return switch (format) {
            case SVG -> new ChartSvg(theme).svg(p).getBytes(StandardCharsets.UTF_8);
            case PNG -> new ChartPng(theme).png(p, 2);
            default -> throw new IllegalArgumentException("charts are written as SVG or PNG, not " + format);
        };
    }
}
