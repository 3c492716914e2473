package org.chainrule.draw;

import java.util.Map;
import org.chainrule.draw.Annotations.EdgeNote;
import org.chainrule.draw.Annotations.NodeNote;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.StepState;
import org.chainrule.engine.TensorEdges;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;

/**
 * How the drawings write the numbers of a tensor graph: a small tensor (up to {@value #MAX_SIDE} rows and
 * columns) as its elements, which {@link TextGrid} draws as a matrix, a bigger one as its shape and norm
 * ({@code 5×6, ‖·‖ = 3.2}); a node's shape inside it ({@code 2×3}, {@code [3]}). The scalar labels of
 * {@link Annotations#from} and {@link StepNotes} read first elements on a tensor graph: these replace
 * them with the whole tensors. As in the exports, an edge without a delay writes no tensor value of its
 * own (it is its source's, written at the source) but the shape it carries; a delayed edge writes the
 * tensor it brings from the step before, and every edge what it carries back.
 */
public final class TensorNotes {
    /** The most rows and columns a tensor drawn as a matrix has. */
    public static final int MAX_SIDE = 4;

    private TensorNotes() {}

    /** The tensor for a label: a number, a small tensor's elements ({@code [[1, 2], [3, 4]]}), or shape and norm. */
    public static String text(Tensor v) {
        if (v.isScalar()) return Numbers.human(v.at(0));
        boolean small = v.rank() <= 2;
        for (int d : v.shape()) small &= d <= MAX_SIDE;
        return small ? v.format() : dims(v.shape()) + ", ‖·‖ = " + Numbers.human(v.norm());
    }

    /** A node's shape as written inside it: {@code 2×3} for a matrix, {@code [3]} for a vector, empty for a scalar. */
    public static String dims(int[] shape) {
        if (shape.length == 0) return "";
        if (shape.length == 1) return "[" + shape[0] + "]";
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < shape.length; a++) sb.append(a > 0 ? "×" : "").append(shape[a]);
        return sb.toString();
    }

    /** The shape an edge carries, as numpy writes it: {@code [3]}, {@code [2, 3]}. */
    public static String flowing(int[] shape) { return org.chainrule.ops.tensor.Shapes.text(shape); }

    /** Every element at full precision, for the tooltip. */
    public static String exact(Tensor v) {
        return v.isScalar() ? Numbers.exact(v.at(0)) : v.toNested().toString();
    }

    /** {@link Annotations#from}'s numbers as tensors: values at T, gradients summed over time. */
    static Annotations from(Evaluation ev, Annotations scalar, AnnotateMode mode) {
        Graph g = ev.graph();
        int T = ev.timesteps();
        Annotations.Builder b = scalar.toBuilder();
        for (Node n : g.nodes()) {
            NodeNote note = b.node(n.id());
            if (mode.showsValues()) {
                Tensor v = TensorEdges.value(ev, n, T);
                note = note.withValue(text(v), exact(v));
            }
            if (mode.showsGrads()) {
                Tensor gr = TensorEdges.gradSum(ev, n);
                note = note.withGrad(text(gr), exact(gr));
            }
            b.node(n.id(), note);
        }
        for (Edge e : g.edges()) {
            EdgeNote note = b.edge(g.key(e));
            if (mode.showsValues() && g.delay(e) > 0) {
                Tensor v = TensorEdges.value(ev, e, T);
                note = note.withValue(text(v), exact(v));
            }
            if (mode.showsGrads() && g.target(e).op() != Op.NEURON) {
                Tensor gr = TensorEdges.gradSum(ev, e);
                note = !gr.isScalar() && carriesItsSourcesGradient(g, e) ? note.withGrad(null, null) : note.withGrad(text(gr), exact(gr));
            }
            b.edge(g.key(e), note);
        }
        return b.build();
    }

    /**
     * A tensor node's key lines under its gradient, in place of the scalar lines (which know its first
     * element only): a param's gradient summed over the time steps, an init's gradient, each as a whole
     * tensor once every step is known, and the gradient check's agreement with central differences.
     */
    private static void keyLines(Annotations.Builder b, Graph graph, Node n, StepState state,
                                 Map<String, Double> estimates, String out, boolean many) {
        Map<String, Tensor> totals = state.tensors().totals();
        java.util.List<String> lines = new java.util.ArrayList<>(), tips = new java.util.ArrayList<>();
        for (String key : java.util.List.of(n.id(), n.id() + ".bias", n.id() + ".init")) {
            // a bias or an init is a key of its own, written under its name
            Tensor total = totals.get(key);
            if (total == null) continue;
            String name = KeyNames.total(out, KeyNames.of(graph, key));
            boolean init = !key.equals(n.id());
            StepState.QuantityGradient q = state.quantities().get(key);
            if (init || many && q != null && q.trainable()) {
                // the sum over time is not the gradient at one step: written out under its name
                lines.add((init ? name : "Σₜ " + name) + " =");
                tips.add(name + " = " + exact(total));
                lines.add(text(total));
                tips.add(name + " = " + exact(total));
            }
            Tensor fd = estimate(estimates, key, total);
            if (fd != null) {
                double gap = 0;
                for (int k = 0; k < fd.size(); k++) gap = Math.max(gap, Math.abs(fd.at(k) - total.at(k)));
                lines.add("(fd: max |Δ| " + Numbers.approximately(gap) + ")");
                tips.add("finite differences: " + exact(fd));
            }
        }
        b.node(n.id(), b.node(n.id()).withExtras(lines, tips));
    }

    /** A tensor key's finite-difference estimate by element (see the gradient check), or null when not all are known. */
    private static Tensor estimate(Map<String, Double> estimates, String key, Tensor like) {
        if (estimates == null) return null;
        double[] d = new double[like.size()];
        for (int k = 0; k < d.length; k++) {
            Double e = estimates.get(key + org.chainrule.ops.tensor.Shapes.place(like.shape(), k));
            if (e == null) return null;
            d[k] = e;
        }
        return Tensor.of(like.shape(), d);
    }

    /**
     * The stepper's labels with the tensors of {@code state} in place of their first elements; a number the
     * mask hides stays hidden.
     */
    static void overlay(Annotations.Builder b, Graph graph, StepState state, StepNotes.Mask mask,
                        Map<String, Double> estimates) {
        StepState.Tensors ts = state.tensors();
        int t = state.time();
        String out = StepNotes.outputName(graph);
        boolean many = graph.timesteps() > 1;
        for (Map.Entry<Node, Tensor> e : ts.values().entrySet()) {
            Node n = e.getKey();
            if (mask != null && !n.op().isSource() && mask.hides(StepNotes.Mask.Kind.VALUE, n.id(), t)) continue;
            Tensor v = e.getValue();
            b.node(n.id(), b.node(n.id()).withValue(text(v), KeyNames.at(n, t, many) + " = " + exact(v)));
        }
        for (Map.Entry<Node, Tensor> e : ts.grads().entrySet()) {
            Node n = e.getKey();
            if (mask != null && mask.hides(StepNotes.Mask.Kind.GRAD, n.id(), t)) continue;
            Tensor gr = e.getValue();
            b.node(n.id(), b.node(n.id()).withGrad(text(gr), KeyNames.total(out, KeyNames.at(n, t, many)) + " = " + exact(gr)));
            if (!gr.isScalar()) keyLines(b, graph, n, state, estimates, out, many);
        }
        for (Map.Entry<Edge, Tensor> e : ts.edgeValues().entrySet()) {
            Edge edge = e.getKey();
            Tensor v = e.getValue();
            String key = graph.key(edge);
            if (graph.delay(edge) == 0 && !v.isScalar()) {
                // the tensor is its source's value, written at the source: the edge says the shape it carries
                b.edge(key, b.edge(key).withValue(null, null));
                continue;
            }
            if (StepNotes.hidesCarried(graph, mask, edge, t)) continue;
            b.edge(key, b.edge(key).withValue(text(v), "carries " + exact(v) + (t > 1 ? " at t = " + t : "")));
        }
        for (Map.Entry<Edge, Tensor> e : ts.edgeGrads().entrySet()) {
            Edge edge = e.getKey();
            String key = graph.key(edge);
            if (carriesItsSourcesGradient(graph, edge) && !e.getValue().isScalar()) {
                b.edge(key, b.edge(key).withGrad(null, null));
                continue;
            }
            if (graph.target(edge).op() == Op.NEURON || mask != null && mask.hides(StepNotes.Mask.Kind.EDGE_GRAD, key, t)) continue;
            Tensor gr = e.getValue();
            b.edge(key, b.edge(key).withGrad(text(gr), "carries " + exact(gr) + " back to " + graph.source(edge).displayName()));
        }
    }

    /**
     * Whether what {@code e} carries back is its source's whole gradient, so that a tensor drawn there would
     * repeat the matrix written at the source: a computed node (not a source, whose gradient is a running
     * total) whose only outgoing edge is {@code e}, without a delay.
     */
    static boolean carriesItsSourcesGradient(Graph g, Edge e) {
        Node s = g.source(e);
        return !s.op().isSource() && g.delay(e) == 0 && g.outgoing(s).size() == 1;
    }
}
