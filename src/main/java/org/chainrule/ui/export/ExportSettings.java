package org.chainrule.ui.export;

import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;

/** What the export dialog asks for: the format and the options of the command line's {@code export}. */
public record ExportSettings(DiagramExport.Format format, AnnotateMode annotate, int scale, boolean transparent,
                             boolean unrolled, boolean pictureOnly) {
    /** The options for {@link DiagramExport}; settings that do not apply to the format are dropped. */
    public DiagramExport.Options options() {
        return new DiagramExport.Options(annotate, format == DiagramExport.Format.PNG ? scale : 1,
                transparent && format != DiagramExport.Format.TEX, unrolled,
                pictureOnly && format == DiagramExport.Format.TEX);
    }

    /** A file name for the graph in this format: its name made safe, with the format's extension. */
    public String fileName(String graphName) {
        String base = graphName == null || graphName.isBlank() ? "graph" : graphName.replaceAll("[^A-Za-z0-9._-]+", "-");
        base = base.replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "graph";
        return base + (annotate == AnnotateMode.NONE ? "" : "-" + annotate.name().toLowerCase(java.util.Locale.ROOT))
                + "." + format.extension();
    }
}
