package org.chainrule.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;

/**
 * What to show on top of the plain graph: per node a value text and a gradient text (each with a
 * full-precision tooltip), highlighted or dimmed; per edge the value it carries (forward colour), the
 * gradient it carries back (backward colour, drawn on the other side of the edge) and highlighted or
 * dimmed. Nodes are keyed by id, edges by their key ({@code FROM->TO}, {@code FROM->TO#2}). Texts are
 * already formatted; a node with several consumers usually gets its gradient as a sum, e.g.
 * {@code 1 + 0.001 = 1.001}. Immutable; build with {@link #builder()}.
 */
public final class Annotations {
    /**
     * What one node shows. Null texts are not drawn. {@code caption}, when not null, replaces the
     * neuron's {@code b = …} caption (an update writes {@code b 3 → 2.9} there). {@code extras} are the
     * gradients of the trainable keys the node holds ({@code Σₜ −11 − 9 = −20}, {@code d/db(h_t) −4},
     * {@code d/dh_0 −9}, {@code (fd ≈ 2)}), one line each under the gradient, never shortened away.
     */
    public record NodeNote(String value, String valueTooltip, String grad, String gradTooltip,
                           boolean highlighted, boolean dimmed, String caption, String captionTooltip,
                           List<String> extras, List<String> extraTooltips) {
        public static final NodeNote EMPTY = new NodeNote(null, null, null, null, false, false, null, null, List.of(),
                List.of());

        public NodeNote {
            extras = extras == null ? List.of() : List.copyOf(extras);
            // one tooltip per extra line (its exact value), null where there is none
            List<String> tips = new java.util.ArrayList<>();
            for (int i = 0; i < extras.size(); i++) tips.add(extraTooltips != null && i < extraTooltips.size() ? extraTooltips.get(i) : null);
            extraTooltips = java.util.Collections.unmodifiableList(tips);
        }

        public NodeNote withValue(String text, String tooltip) {
            return new NodeNote(text, tooltip, grad, gradTooltip, highlighted, dimmed, caption, captionTooltip, extras, extraTooltips);
        }

        public NodeNote withGrad(String text, String tooltip) {
            return new NodeNote(value, valueTooltip, text, tooltip, highlighted, dimmed, caption, captionTooltip, extras, extraTooltips);
        }

        public NodeNote withHighlighted(boolean on) {
            return new NodeNote(value, valueTooltip, grad, gradTooltip, on, dimmed, caption, captionTooltip, extras, extraTooltips);
        }

        public NodeNote withDimmed(boolean on) {
            return new NodeNote(value, valueTooltip, grad, gradTooltip, highlighted, on, caption, captionTooltip, extras, extraTooltips);
        }

        public NodeNote withCaption(String text, String tooltip) {
            return new NodeNote(value, valueTooltip, grad, gradTooltip, highlighted, dimmed, text, tooltip, extras, extraTooltips);
        }

        public NodeNote withExtras(List<String> lines, List<String> tooltips) {
            return new NodeNote(value, valueTooltip, grad, gradTooltip, highlighted, dimmed, caption, captionTooltip, lines,
                    tooltips);
        }
    }

    /**
     * What one edge shows. Null texts are not drawn. {@code weight}, when not null, replaces the weight
     * written on an edge into a neuron (an update writes {@code 1 → 0.9} there).
     */
    public record EdgeNote(String value, String valueTooltip, String grad, String gradTooltip,
                           boolean highlighted, boolean dimmed, String weight, String weightTooltip) {
        public static final EdgeNote EMPTY = new EdgeNote(null, null, null, null, false, false, null, null);

        public EdgeNote withValue(String text, String tooltip) {
            return new EdgeNote(text, tooltip, grad, gradTooltip, highlighted, dimmed, weight, weightTooltip);
        }

        public EdgeNote withGrad(String text, String tooltip) {
            return new EdgeNote(value, valueTooltip, text, tooltip, highlighted, dimmed, weight, weightTooltip);
        }

        public EdgeNote withHighlighted(boolean on) {
            return new EdgeNote(value, valueTooltip, grad, gradTooltip, on, dimmed, weight, weightTooltip);
        }

        public EdgeNote withDimmed(boolean on) {
            return new EdgeNote(value, valueTooltip, grad, gradTooltip, highlighted, on, weight, weightTooltip);
        }

        public EdgeNote withWeight(String text, String tooltip) {
            return new EdgeNote(value, valueTooltip, grad, gradTooltip, highlighted, dimmed, text, tooltip);
        }
    }

    private static final Annotations NONE = new Annotations(Map.of(), Map.of(), false);

    private final Map<String, NodeNote> nodes;
    private final Map<String, EdgeNote> edges;
    private final boolean tangents;

    private Annotations(Map<String, NodeNote> nodes, Map<String, EdgeNote> edges, boolean tangents) {
        this.nodes = Map.copyOf(nodes);
        this.edges = Map.copyOf(edges);
        this.tangents = tangents;
    }

    /**
     * Whether the derivative texts ({@code grad} of the notes) are forward-mode tangents rather than
     * gradients: they are then painted in the tangent colour, not the gradient's.
     */
    public boolean tangents() { return tangents; }

    /** The ink of the derivative texts: tangent or gradient. */
    public Ink derivativeInk() { return tangents ? Ink.TANGENT : Ink.BACKWARD; }

    /** Nothing on top of the graph. */
    public static Annotations none() { return NONE; }

    public static Builder builder() { return new Builder(); }

    /** Consumers up to which a node's gradient is written out as a sum; beyond, only the total. */
    public static final int MAX_SUM_TERMS = 4;

    /**
     * The numbers of an evaluation as the stepper shows them at the end of the backward pass: every
     * node's value at t = T and its gradient summed over time. A node with several contributions to its
     * gradient (consumers, and the seed 1 of the output) shows them as a sum, {@code 1 + 0.001 = 1.001}.
     * On edges: the gradient carried back to the source (summed over the steps that reach it), except
     * on an edge into a neuron, which shows the gradient of its weight ({@code ∂J/∂w}, the number exam
     * questions ask for) under the weight. An edge shows a value only when it differs from its
     * source's: a delayed edge carries the source's value from an earlier step. Numbers are rounded
     * with {@link Numbers#human}; tooltips hold {@link Numbers#exact}. The evaluation must come from a
     * graph ({@link Evaluation#graph()}).
     */
    public static Annotations from(Evaluation ev, AnnotateMode mode) {
        if (mode == AnnotateMode.NONE) return none();
        Graph g = ev.graph();
        if (g == null) throw new IllegalArgumentException("the evaluation has no graph to annotate");
        // a tensor op has no scalar partials: its numbers are whole tensors
        if (ev.hasTensors()) return TensorNotes.from(ev, none(), mode);
        int T = ev.timesteps();
        Builder b = builder();
        Map<Edge, Double> edgeGrads = edgeGrads(ev);
        for (Node n : g.nodes()) {
            NodeNote note = NodeNote.EMPTY;
            if (mode.showsValues()) {
                double v = ev.value(n);
                note = note.withValue(Numbers.human(v), Numbers.exact(v));
            }
            if (mode.showsGrads()) {
                double total = ev.grad(n);
                note = note.withGrad(sumText(gradTerms(ev, n, edgeGrads), total), Numbers.exact(total));
            }
            b.node(n.id(), note);
        }
        for (Edge e : g.edges()) {
            EdgeNote note = EdgeNote.EMPTY;
            if (mode.showsValues() && g.delay(e) > 0) {
                double v = ev.edgeValue(e, T);
                note = note.withValue(Numbers.human(v), Numbers.exact(v));
            }
            if (mode.showsGrads()) {
                boolean weighted = g.target(e).op() == Op.NEURON;
                double gr = weighted ? ev.grad(g.key(e)) : edgeGrads.get(e);
                note = note.withGrad(Numbers.human(gr), Numbers.exact(gr));
            }
            b.edge(g.key(e), note);
        }
        return b.build();
    }

    /**
     * Per edge, the gradient it carries back to its source summed over the steps that reach the source
     * itself: with delay d, the target's steps t &gt; d (earlier ones reach the source's {@code init}).
     */
    static Map<Edge, Double> edgeGrads(Evaluation ev) {
        Graph g = ev.graph();
        Map<Edge, Double> sums = new LinkedHashMap<>();
        for (Edge e : g.edges()) {
            double sum = 0;
            for (int t = g.delay(e) + 1; t <= ev.timesteps(); t++) sum += ev.edgeGrad(e, t);
            sums.put(e, sum);
        }
        return sums;
    }

    /**
     * The contributions that add up to a node's gradient, in the stepper's order: the seed 1 of the
     * output, then its consumers by target in file order and argument order.
     */
    static List<Double> gradTerms(Evaluation ev, Node n, Map<Edge, Double> edgeGrads) {
        Graph g = ev.graph();
        List<Double> terms = new ArrayList<>();
        if (n == ev.output()) terms.add(1.0);
        for (Node target : g.nodes()) {
            for (Edge e : g.arguments(target)) if (g.source(e) == n) terms.add(edgeGrads.get(e));
        }
        return terms;
    }

    /** {@code 1 + 0.001 = 1.001}, {@code 8 − 24 = −16}, or just the total for 0–1 or many terms. */
    static String sumText(List<Double> terms, double total) {
        if (terms.size() < 2 || terms.size() > MAX_SUM_TERMS) return Numbers.human(total);
        return sum(terms, total);
    }

    /**
     * {@code 1 + 0.0002 = 1.0002}: terms and total, the terms' signs as operators, written so that no
     * two different numbers of the sum read the same.
     */
    public static String sum(List<Double> terms, double total) {
        return DistinctNumbers.text(f -> {
            StringBuilder s = new StringBuilder(f.human(terms.get(0)));
            for (int i = 1; i < terms.size(); i++) {
                double t = terms.get(i);
                s.append(t < 0 ? " − " : " + ").append(f.human(Math.abs(t)));
            }
            return s.append(" = ").append(f.human(total)).toString();
        });
    }

    /** A builder starting from these annotations. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.nodes.putAll(nodes);
        b.edges.putAll(edges);
        return b;
    }

    /** The note of a node ({@link NodeNote#EMPTY} if none). */
    public NodeNote node(String id) { return nodes.getOrDefault(id, NodeNote.EMPTY); }

    /** The note of an edge by key ({@link EdgeNote#EMPTY} if none). */
    public EdgeNote edge(String key) { return edges.getOrDefault(key, EdgeNote.EMPTY); }

    public Map<String, NodeNote> nodes() { return nodes; }

    public Map<String, EdgeNote> edges() { return edges; }

    /** Collects notes; later calls for the same id or key replace earlier ones. */
    public static final class Builder {
        private final Map<String, NodeNote> nodes = new LinkedHashMap<>();
        private final Map<String, EdgeNote> edges = new LinkedHashMap<>();
        private boolean tangents;

        /** The derivative texts are forward-mode tangents (see {@link Annotations#tangents()}). */
        public Builder tangents() {
            tangents = true;
            return this;
        }

        public Builder node(String id, NodeNote note) {
            nodes.put(id, note);
            return this;
        }

        public Builder edge(String key, EdgeNote note) {
            edges.put(key, note);
            return this;
        }

        public NodeNote node(String id) { return nodes.getOrDefault(id, NodeNote.EMPTY); }

        public EdgeNote edge(String key) { return edges.getOrDefault(key, EdgeNote.EMPTY); }

        public Annotations build() { return new Annotations(nodes, edges, tangents); }
    }
}
