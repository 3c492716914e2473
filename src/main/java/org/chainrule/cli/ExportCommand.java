package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.Exporter;
import org.chainrule.draw.export.Exporters;
import org.chainrule.model.Graph;

/**
 * {@code export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent]
 * [--unrolled] [--picture-only]}: the graph in the format OUT's extension names, looked up in
 * {@link Exporters} (the same formats the editor's Export dialog offers).
 */
public final class ExportCommand implements Command {
    public String name() { return "export"; }

    public String usage() {
        return "export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent] [--unrolled]"
                + " [--picture-only]   diagram by OUT's extension ("
                + Exporters.extensions() + ")";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("-o", "--annotate", "--scale", "--set"),
                Set.of("--transparent", "--unrolled", "--picture-only"));
        String file = a.single("FILE");
        String target = a.option("-o");
        if (target == null) throw new UsageException("export: -o OUT is required");
        AnnotateMode mode = AnnotateMode.byName(a.option("--annotate", "none"));
        if (mode == null) {
            throw new UsageException("export: --annotate expects none, values, grads or both, found '" + a.option("--annotate") + "'");
        }
        int scale = a.integer("--scale", 1, 1);
        if (scale != 1 && scale != 2 && scale != 4) throw new UsageException("export: --scale expects 1, 2 or 4, found " + scale);
        Exporter format = Exporters.byExtension(extension(target));
        if (format == null) {
            throw new UsageException("export: cannot tell the format of '" + target + "' (known extensions: "
                    + Exporters.extensions() + ")");
        }
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        DiagramExport.Options o = new DiagramExport.Options(mode, scale, a.flag("--transparent"), a.flag("--unrolled"),
                a.flag("--picture-only"));
        format.write(g, o, file, Path.of(target));
        out.println("saved " + target);
        return 0;
    }

    static String extension(String path) {
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
