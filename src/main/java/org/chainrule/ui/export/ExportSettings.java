package org.chainrule.ui.export;

import java.util.Locale;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.Exporter;
import org.chainrule.draw.export.Exporters;

/** What the export dialog asks for: the format and the options of the command line's {@code export}. */
public record ExportSettings(Exporter format, AnnotateMode annotate, int scale, boolean transparent,
                             boolean unrolled, boolean pictureOnly) {
    /** What the dialog shows the first time: an SVG of the question, no numbers. */
    public static final ExportSettings DEFAULT = new ExportSettings(Exporters.SVG, AnnotateMode.NONE, 1, false, false, false);

    /** The options for the exporter; settings that do not apply to the format are dropped. */
    public DiagramExport.Options options() {
        return new DiagramExport.Options(annotate, reads(Exporter.Option.SCALE) ? scale : 1,
                transparent && reads(Exporter.Option.TRANSPARENT), unrolled, pictureOnly && reads(Exporter.Option.PICTURE_ONLY));
    }

    private boolean reads(Exporter.Option o) { return format.options().contains(o); }

    /** A file name for the graph in this format: its name made safe, with the format's extension. */
    public String fileName(String graphName) {
        String base = graphName == null || graphName.isBlank() ? "graph" : graphName.replaceAll("[^A-Za-z0-9._-]+", "-");
        base = base.replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "graph";
        return base + (annotate == AnnotateMode.NONE ? "" : "-" + annotate.name().toLowerCase(Locale.ROOT))
                + "." + format.extension();
    }
}
