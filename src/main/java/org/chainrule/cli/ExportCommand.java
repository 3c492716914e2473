package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;

/**
 * {@code export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent]
 * [--unrolled] [--picture-only]}: the diagram in the format of OUT's extension.
 */
public final class ExportCommand implements Command {
    public String name() { return "export"; }

    public String usage() {
        return "export FILE -o OUT [--annotate none|values|grads|both] [--scale 1|2|4] [--transparent] [--unrolled]"
                + " [--picture-only]   diagram as .svg, .png, .tex (TikZ)";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("-o", "--annotate", "--scale", "--set"),
                Set.of("--transparent", "--unrolled", "--picture-only"));
        String file = a.single("FILE");
        String target = a.option("-o");
        if (target == null) throw new UsageException("export: -o OUT is required (.svg, .png, .tex)");
        AnnotateMode mode = AnnotateMode.byName(a.option("--annotate", "none"));
        if (mode == null) {
            throw new UsageException("export: --annotate expects none, values, grads or both, found '" + a.option("--annotate") + "'");
        }
        int scale = a.integer("--scale", 1, 1);
        if (scale != 1 && scale != 2 && scale != 4) throw new UsageException("export: --scale expects 1, 2 or 4, found " + scale);
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        DiagramExport.Options o = new DiagramExport.Options(mode, scale, a.flag("--transparent"), a.flag("--unrolled"),
                a.flag("--picture-only"));
        DiagramExport.Format f = DiagramExport.Format.of(target);
        if (f == null) throw new UsageException("export: unknown format of '" + target + "' (use .svg, .png or .tex)");
        GraphFile.writeBytes(DiagramExport.export(g, f, o), Path.of(target));
        out.println("wrote " + target);
        return 0;
    }
}
