package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.Exporter;
import org.chainrule.draw.export.Exporters;
import org.chainrule.engine.ScalarExpansion;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent]
 * [--unrolled] [--picture-only] [--step K]}: the graph in the format OUT's extension names, looked up in
 * {@link Exporters} (the same formats the editor's Export dialog offers; a new option is one field); with
 * {@code --step K}, {@code --frames DIR} or {@code -o OUT.gif} the stepper's pictures ({@link StepExport}).
 */
@Command(name = "export",
        description = "The diagram in the format OUT's extension names: .svg, .png, .tex (TikZ, compiles with"
                + " pdflatex), .dot (Graphviz), .txt (adjacency table); .gif: every stepper position as an animation.")
final class ExportCommand extends GraphCommand {

    @Option(names = "-o", paramLabel = "OUT", description = "The file to write; its extension picks the format (required unless --frames).")
    String target;

    @Option(names = "--annotate", paramLabel = "none|values|grads|both",
            description = "The numbers written on the diagram (default: none; both with --step or --frames).")
    String annotate;

    @Option(names = "--scale", paramLabel = "1|2|4", defaultValue = "1", description = "PNG pixels per point (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--transparent", description = "PNG with a transparent background.")
    boolean transparent;

    @Option(names = "--unrolled", description = "Recurrent graphs drawn with one copy per time step.")
    boolean unrolled;

    @Option(names = "--scalar", description = "A graph with tensors redrawn as its scalar graph: an element per node, matrix products as neurons with the weights on their edges.")
    boolean scalar;

    @Option(names = "--picture-only", description = "TikZ: only the tikzpicture, to \\input into a document.")
    boolean pictureOnly;

    @Option(names = "--step", paramLabel = "K",
            description = "The diagram as the stepper shows it after K steps (0 = start, the number of steps = the end); for SVG, PNG or TikZ output.")
    String step;

    @Option(names = "--frames", paramLabel = "DIR", description = "One picture per stepper position, 0 to the end (steps + 1 files), into DIR.")
    String frames;

    @Option(names = "--format", paramLabel = "svg|png|tex", defaultValue = "svg",
            description = "With --frames: the pictures' format (default: ${DEFAULT-VALUE}).")
    String frameFormat;

    @Override
    int run(PrintStream out) {
        if (target == null && frames == null) throw new UsageException("-o OUT is required");
        boolean stepping = frames != null || step != null || StepExport.isGif(target);
        // the stepper shows values and gradients as they come: both unless asked otherwise
        if (annotate == null) annotate = stepping ? "both" : "none";
        AnnotateMode mode = AnnotateMode.byName(annotate);
        if (mode == null) {
            throw new UsageException("--annotate expects none, values, grads or both, found '" + annotate + "'");
        }
        if (scale != 1 && scale != 2 && scale != 4) throw new UsageException("--scale expects 1, 2 or 4, found " + scale);
        DiagramExport.Options o = new DiagramExport.Options(mode, scale, transparent, unrolled, pictureOnly);
        if (stepping) return StepExport.run(load(), graph.file, target, frames, step, frameFormat, o, out);
        Exporter format = Exporters.byExtension(extension(target));
        if (format == null) {
            throw new UsageException("cannot tell the format of '" + target + "' (known extensions: "
                    + Exporters.extensions() + ")");
        }
        Graph g = load();
        format.write(g, o, graph.file, Path.of(target));
        out.println("saved " + target);
        return 0;
    }

    /** The graph, expanded to scalars with {@code --scalar}. */
    private Graph load() {
        Graph g = graph.load();
        if (!scalar) return g;
        try {
            return ScalarExpansion.of(g);
        } catch (IllegalArgumentException e) {
            throw new org.chainrule.io.InputException(graph.file + ": " + e.getMessage());
        }
    }

    static String extension(String path) {
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
