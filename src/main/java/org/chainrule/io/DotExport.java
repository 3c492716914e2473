package org.chainrule.io;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graph → Graphviz DOT through jgrapht-io's {@link DOTExporter}. Node ids are the graph's ids (always
 * valid DOT ids); each node is labelled with its display name and what it computes, edges into neurons
 * with their weight, delayed edges dashed with their delay. Nodes that have a position carry it as
 * {@code pos} (in points, y pointing up as DOT wants), so {@code neato -n} draws the editor's layout and
 * {@code dot} lays the graph out left to right by itself.
 */
public final class DotExport {
    /** Graphviz's line break inside a label: a backslash and an n, not a newline character. */
    private static final String NEWLINE = "\\n";

    private DotExport() {}

    /** User text inside a DOT string: backslashes doubled so Graphviz reads none as an escape. */
    private static String text(String s) {
        return s.replace("\\", "\\\\");
    }

    /** The DOT text of {@code g}, without numbers. */
    public static String toDot(Graph g) {
        return toDot(g, null, false, false);
    }

    /**
     * The DOT text of {@code g}; with an evaluation, each node's label also carries its value at the
     * last time step ({@code = 9}) and/or the gradient of the output with respect to it, summed over
     * time ({@code ∂ = 24}).
     */
    public static String toDot(Graph g, Evaluation ev, boolean values, boolean grads) {
        double maxY = 0;
        for (Node n : g.nodes()) if (n.hasPosition()) maxY = Math.max(maxY, n.y());
        final double top = maxY;

        DOTExporter<Node, Edge> exporter = new DOTExporter<>(Node::id);
        exporter.setGraphIdProvider(() -> "chainrule");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("rankdir", DefaultAttribute.createAttribute("LR"));
            // The exporter writes graph attributes as they are, so this one is quoted here.
            if (g.name() != null) a.put("label", DefaultAttribute.createAttribute('"' + text(g.name()).replace("\"", "\\\"") + '"'));
            return a;
        });
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            String label = label(n);
            if (ev != null && values) label += NEWLINE + "= " + Numbers.human(ev.value(n));
            if (ev != null && grads) label += NEWLINE + "∂ = " + Numbers.human(ev.grad(n));
            a.put("label", DefaultAttribute.createAttribute(label));
            a.put("shape", DefaultAttribute.createAttribute(shape(n)));
            if (n.hasPosition()) {
                a.put("pos", DefaultAttribute.createAttribute(Numbers.exact(n.x()) + "," + Numbers.exact(top - n.y())));
            }
            if (n == g.output()) a.put("peripheries", DefaultAttribute.createAttribute(2));
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            StringBuilder label = new StringBuilder();
            if (g.target(e).op() == Op.NEURON) label.append(Numbers.human(e.weight()));
            int delay = g.delay(e);
            if (delay > 0) {
                if (label.length() > 0) label.append(", ");
                label.append("delay ").append(delay);
                a.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            if (g.target(e).op().isOrdered()) a.put("headlabel", DefaultAttribute.createAttribute(argName(g, e)));
            if (label.length() > 0) a.put("label", DefaultAttribute.createAttribute(label.toString()));
            return a;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(g.jgrapht(), out);
        return out.toString();
    }

    /** Writes the DOT text to {@code file} atomically. */
    public static void write(Graph g, Path file) {
        GraphFile.writeText(toDot(g), file);
    }

    /** Writes the DOT text with numbers (see {@link #toDot(Graph, Evaluation, boolean, boolean)}). */
    public static void write(Graph g, Evaluation ev, boolean values, boolean grads, Path file) {
        GraphFile.writeText(toDot(g, ev, values, grads), file);
    }

    /** The node's name, then what it computes: {@code x = 2}, {@code h1\nReLU, b = 1}, {@code s\n+}. */
    static String label(Node n) {
        String name = text(n.displayName());
        if (n.op().isSource()) {
            String v = !n.hasValue() ? "?" : n.isTensorSource() ? tensorValue(n)
                    : n.valueIsList() ? values(n) : Numbers.human(n.valueAt(1));
            return name.equals(v) ? v : name + " = " + v; // a constant labelled by its value: just "1"
        }
        if (n.op() == Op.NEURON) {
            String act = n.activation().symbol().isEmpty() ? "Σ" : n.activation().symbol();
            return n.bias() == 0 ? name + NEWLINE + act : name + NEWLINE + act + ", b = " + Numbers.human(n.bias());
        }
        if (n.op() == Op.POW) return name + NEWLINE + "^" + Numbers.human(n.p());
        String symbol = n.op() == Op.FUNCTION ? n.opName() : n.op().symbol();
        return name.equals(symbol) ? name : name + NEWLINE + symbol;
    }

    /** A tensor source: its value when it is one for every step, else its shape. */
    private static String tensorValue(Node n) {
        return n.valueIsList() ? org.chainrule.ops.tensor.Shapes.text(n.shape()) + " per step" : n.tensorAt(1).format();
    }

    private static String values(Node n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n.values().size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(Numbers.human(n.values().get(i)));
        }
        return sb.append(']').toString();
    }

    private static String shape(Node n) {
        if (n.op().isSource()) return n.op() == Op.PARAM ? "box" : "plaintext";
        if (n.op() == Op.NEURON) return "circle";
        return "ellipse";
    }

    /** For sub, div, sq_err, bce: which argument the edge is (a, b), so the picture is unambiguous. */
    private static String argName(Graph g, Edge e) {
        int i = g.arguments(g.target(e)).indexOf(e);
        return i == 0 ? "a" : i == 1 ? "b" : Integer.toString(i + 1);
    }
}
