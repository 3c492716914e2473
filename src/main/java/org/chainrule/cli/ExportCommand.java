package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Unroller;
import org.chainrule.io.DotExport;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableExport;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent]
 * [--unrolled] [--picture-only]}: the graph in the format OUT's extension names. Each format is one
 * entry of {@link #FORMATS}; a new back end adds one line there, a new option one field. The drawings (.svg, .png, .tex) come
 * from the one drawing description of {@code org.chainrule.draw}; .dot and .txt hold the structure.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The diagram in the format OUT's extension names: .svg, .png, .tex (TikZ, compiles with"
                + " pdflatex), .dot (Graphviz), .txt (adjacency table).")
final class ExportCommand extends CliCommand {
    /** One output format: writes {@code g} (read from {@code source}) to {@code out}. */
    interface Format {
        void write(Graph g, String source, DiagramExport.Options o, Path out);
    }

    private static final Map<String, Format> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("svg", drawing(DiagramExport.Format.SVG));
        FORMATS.put("png", drawing(DiagramExport.Format.PNG));
        FORMATS.put("tex", drawing(DiagramExport.Format.TEX));
        FORMATS.put("dot", (g, source, o, out) -> {
            Graph d = o.unrolled() ? Unroller.unroll(g) : g;
            AnnotateMode m = o.annotate();
            DotExport.write(d, m == AnnotateMode.NONE ? null : Engine.evaluate(d), m.showsValues(), m.showsGrads(), out);
        });
        FORMATS.put("txt", (g, source, o, out) -> TableExport.write(o.unrolled() ? Unroller.unroll(g) : g, out, source));
    }

    private static Format drawing(DiagramExport.Format f) {
        return (g, source, o, out) -> GraphFile.writeBytes(DiagramExport.export(g, f, o), out);
    }

    @Mixin
    GraphArgs graph;

    @Option(names = "-o", paramLabel = "OUT", required = true, description = "The file to write; its extension picks the format.")
    String target;

    @Option(names = "--annotate", paramLabel = "none|values|grads|both", defaultValue = "none",
            description = "The numbers written on the diagram (default: ${DEFAULT-VALUE}).")
    String annotate;

    @Option(names = "--scale", paramLabel = "1|2|4", defaultValue = "1", description = "PNG pixels per point (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--transparent", description = "PNG with a transparent background.")
    boolean transparent;

    @Option(names = "--unrolled", description = "Recurrent graphs drawn with one copy per time step.")
    boolean unrolled;

    @Option(names = "--picture-only", description = "TikZ: only the tikzpicture, to \\input into a document.")
    boolean pictureOnly;

    @Override
    int run(PrintStream out) {
        AnnotateMode mode = AnnotateMode.byName(annotate);
        if (mode == null) {
            throw new UsageException("--annotate expects none, values, grads or both, found '" + annotate + "'");
        }
        if (scale != 1 && scale != 2 && scale != 4) throw new UsageException("--scale expects 1, 2 or 4, found " + scale);
        Format format = FORMATS.get(extension(target));
        if (format == null) {
            throw new UsageException("cannot tell the format of '" + target + "' (known extensions: "
                    + String.join(", ", FORMATS.keySet().stream().map(e -> "." + e).toList()) + ")");
        }
        Graph g = graph.load();
        DiagramExport.Options o = new DiagramExport.Options(mode, scale, transparent, unrolled, pictureOnly);
        format.write(g, graph.file, o, Path.of(target));
        out.println("saved " + target);
        return 0;
    }

    static String extension(String path) {
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
