package org.chainrule.draw.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.StepDiagram;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Engine;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.Unroller;
import org.chainrule.model.Graph;

/**
 * The drawing exports in one place, for the command line and the UI's export dialog alike: a graph,
 * optionally unrolled over its time steps and annotated with the numbers of an evaluation, drawn once
 * by {@link DiagramBuilder} and written by the back end of the chosen {@link Format}.
 */
public final class DiagramExport {
    /** The drawing formats, by file extension. */
    public enum Format {
        SVG("svg"), PNG("png"), TEX("tex");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        public String extension() { return extension; }

        /** The format of a file name by its extension (case-insensitive), or null. */
        public static Format of(String fileName) {
            int dot = fileName.lastIndexOf('.');
            if (dot < 0) return null;
            String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (Format f : values()) if (f.extension.equals(ext)) return f;
            return null;
        }
    }

    /**
     * How to export: which numbers to show, the PNG scale (1, 2 or 4) and background, whether to unroll a
     * recurrent graph, and whether TikZ gets only the {@code tikzpicture}.
     */
    public record Options(AnnotateMode annotate, int scale, boolean transparent, boolean unrolled, boolean pictureOnly) {
        public static final Options DEFAULT = new Options(AnnotateMode.NONE, 1, false, false, false);

        public Options {
            if (scale != 1 && scale != 2 && scale != 4) throw new IllegalArgumentException("scale must be 1, 2 or 4, not " + scale);
        }

        public Options withAnnotate(AnnotateMode m) { return new Options(m, scale, transparent, unrolled, pictureOnly); }
    }

    private DiagramExport() {}

    /**
     * The diagram to export. The graph is not changed. Annotating evaluates the graph, so an invalid
     * graph throws the engine's {@link org.chainrule.engine.GraphException} then; a blank diagram never
     * evaluates.
     */
    public static Diagram diagram(Graph graph, Options o) {
        Graph g = o.unrolled() ? Unroller.unroll(graph) : graph;
        Annotations notes = o.annotate() == AnnotateMode.NONE ? Annotations.none()
                : Annotations.from(Engine.evaluate(g), o.annotate());
        return DiagramBuilder.build(g, notes);
    }

    /** The file's bytes in this format (text formats in UTF-8). */
    public static byte[] render(Diagram d, Format f, Options o, Theme theme) {
        return switch (f) {
            case SVG -> new SvgExporter(theme).svg(d, o.transparent()).getBytes(StandardCharsets.UTF_8);
            case PNG -> new PngExporter(theme).png(d, o.scale(), o.transparent());
            case TEX -> (o.pictureOnly() ? new TikzExporter(theme).picture(d) : new TikzExporter(theme).document(d))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * The picture of the stepper after {@code k} steps of {@code c} (see {@link StepDiagram}), with the
     * numbers {@code o.annotate()} asks for.
     */
    public static byte[] step(StepCursor c, int k, Format f, Options o) {
        return render(StepDiagram.at(c, k, o.annotate()), f, o, Theme.standard());
    }

    /** {@link #diagram} then {@link #render} with the standard theme. */
    public static byte[] export(Graph graph, Format f, Options o) {
        return render(diagram(graph, o), f, o, Theme.standard());
    }
}
