package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainrule.io.DotExport;
import org.chainrule.io.table.TableExport;
import org.chainrule.model.Graph;

/**
 * {@code export FILE -o OUT [--annotate none|values|grads|both]}: the graph in the format OUT's
 * extension names. Each format is one entry of {@link #FORMATS}; a new back end adds one line there.
 */
public final class ExportCommand implements Command {
    /** Which numbers a diagram carries; formats that hold only the structure ignore it. */
    static final Set<String> ANNOTATE = Set.of("none", "values", "grads", "both");

    /** One output format: writes {@code g} (read from {@code source}) to {@code out}. */
    interface Format {
        void write(Graph g, String source, String annotate, Path out);
    }

    private static final Map<String, Format> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("dot", (g, source, annotate, out) -> DotExport.write(g, out));
        FORMATS.put("txt", (g, source, annotate, out) -> TableExport.write(g, out, source));
    }

    public String name() { return "export"; }

    public String usage() {
        return "export FILE -o OUT [--annotate none|values|grads|both]   diagram by OUT's extension ("
                + String.join(", ", FORMATS.keySet().stream().map(e -> "." + e).toList()) + ")";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("-o", "--annotate"), Set.of());
        String file = a.single("FILE");
        String target = a.option("-o");
        if (target == null) throw new UsageException("export: -o OUT is required");
        String annotate = a.option("--annotate", "none").toLowerCase(Locale.ROOT);
        if (!ANNOTATE.contains(annotate)) {
            throw new UsageException("export: --annotate expects none, values, grads or both, found '" + a.option("--annotate") + "'");
        }
        Format format = FORMATS.get(extension(target));
        if (format == null) {
            throw new UsageException("export: cannot tell the format of '" + target + "' (known extensions: "
                    + String.join(", ", FORMATS.keySet().stream().map(e -> "." + e).toList()) + ")");
        }
        Graph g = GraphInput.load(file);
        format.write(g, file, annotate, Path.of(target));
        out.println("saved " + target);
        return 0;
    }

    static String extension(String path) {
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
