package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Unroller;
import org.chainrule.io.DotExport;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableExport;
import org.chainrule.model.Graph;

/**
 * {@code export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent]
 * [--unrolled] [--picture-only] [--step K]}: the graph in the format OUT's extension names; with
 * {@code --step K} or {@code --frames DIR} the stepper's pictures ({@link StepExport}). Each format is one
 * entry of {@link #FORMATS}; a new back end adds one line there. The drawings (.svg, .png, .tex) come
 * from the one drawing description of {@code org.chainrule.draw}; .dot and .txt hold the structure.
 */
public final class ExportCommand implements Command {
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

    public String name() { return "export"; }

    public String usage() {
        return "export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent] [--unrolled]"
                + " [--picture-only] [--step K]   diagram by OUT's extension ("
                + String.join(", ", FORMATS.keySet().stream().map(e -> "." + e).toList()) + "); --step K: as the stepper"
                + " shows it after K steps\n  export FILE --frames DIR [--format svg|png|tex] [--annotate ...]"
                + "   one picture per stepper position (steps + 1 files)";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("-o", "--annotate", "--scale", "--set", "--step", "--frames", "--format"),
                Set.of("--transparent", "--unrolled", "--picture-only"));
        String file = a.single("FILE");
        String target = a.option("-o");
        String frames = a.option("--frames");
        if (target == null && frames == null) throw new UsageException("export: -o OUT is required");
        boolean stepping = frames != null || a.option("--step") != null;
        // the stepper shows values and gradients as they come: both unless asked otherwise
        AnnotateMode mode = AnnotateMode.byName(a.option("--annotate", stepping ? "both" : "none"));
        if (mode == null) {
            throw new UsageException("export: --annotate expects none, values, grads or both, found '" + a.option("--annotate") + "'");
        }
        int scale = a.integer("--scale", 1, 1);
        if (scale != 1 && scale != 2 && scale != 4) throw new UsageException("export: --scale expects 1, 2 or 4, found " + scale);
        DiagramExport.Options o = new DiagramExport.Options(mode, scale, a.flag("--transparent"), a.flag("--unrolled"),
                a.flag("--picture-only"));
        if (stepping) return StepExport.run(a, file, o, out);
        Format format = FORMATS.get(extension(target));
        if (format == null) {
            throw new UsageException("export: cannot tell the format of '" + target + "' (known extensions: "
                    + String.join(", ", FORMATS.keySet().stream().map(e -> "." + e).toList()) + ")");
        }
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        format.write(g, file, o, Path.of(target));
        out.println("saved " + target);
        return 0;
    }

    static String extension(String path) {
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
