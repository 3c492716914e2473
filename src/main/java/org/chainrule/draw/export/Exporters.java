package org.chainrule.draw.export;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Unroller;
import org.chainrule.io.DotExport;
import org.chainrule.io.table.TableExport;
import org.chainrule.model.Graph;

/**
 * Every export format, in the order they are offered: the three drawings of the one diagram (SVG, PNG,
 * TikZ), then Graphviz DOT and the adjacency table, which hold the structure. A new format is one more
 * entry of {@link #ALL}.
 */
public final class Exporters {
    public static final Exporter SVG = drawing(DiagramExport.Format.SVG, "SVG", "SVG drawing", EnumSet.of(Exporter.Option.TRANSPARENT));
    public static final Exporter PNG = drawing(DiagramExport.Format.PNG, "PNG", "PNG image",
            EnumSet.of(Exporter.Option.SCALE, Exporter.Option.TRANSPARENT));
    public static final Exporter TIKZ = drawing(DiagramExport.Format.TEX, "TikZ", "TikZ for LaTeX", EnumSet.of(Exporter.Option.PICTURE_ONLY));
    public static final Exporter DOT = new Simple("DOT", "dot", "Graphviz DOT", false, (g, o, source) -> {
        Graph d = o.unrolled() ? Unroller.unroll(g) : g;
        AnnotateMode m = o.annotate();
        return DotExport.toDot(d, m == AnnotateMode.NONE ? null : Engine.evaluate(d), m.showsValues(), m.showsGrads());
    });
    public static final Exporter TABLE = new Simple("Table", "txt", "Adjacency table", false,
            (g, o, source) -> TableExport.toText(o.unrolled() ? Unroller.unroll(g) : g, source));

    private static final List<Exporter> ALL = List.of(SVG, PNG, TIKZ, DOT, TABLE);

    private Exporters() {}

    /** Every format, in the order offered. */
    public static List<Exporter> all() { return ALL; }

    /** The format with this file extension (case-insensitive, without the dot), or null. */
    public static Exporter byExtension(String extension) {
        for (Exporter e : ALL) if (e.extension().equalsIgnoreCase(extension)) return e;
        return null;
    }

    /** The format with this name (case-insensitive), or null. */
    public static Exporter byName(String name) {
        for (Exporter e : ALL) if (e.name().equalsIgnoreCase(name)) return e;
        return null;
    }

    /** The format a file name asks for by its extension, or null. */
    public static Exporter forFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : byExtension(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The known extensions as ".svg, .png, …", for messages. */
    public static String extensions() {
        return String.join(", ", ALL.stream().map(e -> "." + e.extension()).toList());
    }

    private static Exporter drawing(DiagramExport.Format f, String name, String description, Set<Exporter.Option> options) {
        return new Exporter() {
            public String name() { return name; }
            public String extension() { return f.extension(); }
            public String description() { return description; }
            public Set<Option> options() { return options; }
            public boolean drawing() { return true; }
            public byte[] bytes(Graph g, DiagramExport.Options o, String source) { return DiagramExport.export(g, f, o); }
            @Override public String toString() { return name; }
        };
    }

    /** A text format. */
    private record Simple(String name, String extension, String description, boolean drawing, Text text) implements Exporter {
        interface Text {
            String of(Graph g, DiagramExport.Options o, String source);
        }

        public Set<Option> options() { return EnumSet.noneOf(Option.class); }

        public byte[] bytes(Graph g, DiagramExport.Options o, String source) {
            return text.of(g, o, source).getBytes(StandardCharsets.UTF_8);
        }

        @Override public String toString() { return name; }
    }
}
