package org.chainrule.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * How the gradient of the output reaches back through time: |∂out/∂ID_t| for t = 1 … T, the numbers
 * behind vanishing and exploding gradients (for h_t = tanh(w·h_{t−1} + …) and the output h_T it is
 * the product of (1 − h_k²)·w over k = t+1 … T). For a vector state the plotted number is the norm
 * ‖∂out/∂h_t‖, and {@link Curve#note} says the recurrent weight matrix's largest |λ| beside the curve.
 */
public final class ThroughTime {
    /** The plotted numbers of one node: {@code grads[t − 1]} = |∂out/∂id_t|. */
    public record Curve(String id, String output, double[] grads, String note) {
        public int timesteps() { return grads.length; }
    }

    private ThroughTime() {}

    /** Whether the graph has recurrence: some edge carries its source from an earlier step. */
    public static boolean isRecurrent(Graph g) { return g.hasDelays(); }

    /** The nodes read through a delayed edge (the recurrent states, h and c of an LSTM), in node order. */
    public static List<String> states(Graph g) {
        Set<Node> read = new LinkedHashSet<>();
        for (Edge e : g.edges()) if (g.delay(e) > 0) read.add(g.source(e));
        List<String> out = new ArrayList<>();
        for (Node n : g.nodes()) if (read.contains(n)) out.add(n.id());
        return out;
    }

    /**
     * |∂out/∂id_t| for t = 1 … T from an evaluation of {@code ev.graph()}.
     *
     * @throws GraphException when the graph has no delayed edge (nothing flows through time) or no node {@code id}
     */
    public static Curve of(Evaluation ev, String id) {
        Graph g = ev.graph();
        if (g != null && !isRecurrent(g)) {
            throw new GraphException("the graph has no recurrence (no delayed edge), so no gradient flows back through time");
        }
        Node n = g == null ? null : g.node(id);
        if (n == null) throw new GraphException("no node '" + id + "' in the graph");
        double[] out = new double[ev.timesteps()];
        int i = ev.compiled().indexOf(n);
        for (int t = 1; t <= out.length; t++) out[t - 1] = ev.gradTensor(i, t).norm(); // |g|, or ‖g‖ of a vector state
        return new Curve(id, ev.outputId(), out, recurrentWeight(ev));
    }

    /**
     * The largest |λ| of the recurrent weight matrix, for the chart's legend ({@code W: largest |λ| = 1.385}),
     * when the graph has one (a square matrix multiplying a value read through a delayed edge); else null.
     */
    static String recurrentWeight(Evaluation ev) {
        if (!ev.hasTensors()) return null;
        CompiledGraph c = ev.compiled();
        for (int i = 0; i < c.n; i++) {
            if (Eigenvalues.isRecurrentWeight(ev, i)) {
                String name = c.nodes == null ? c.id(i) : c.nodes[i].displayName();
                return name + ": largest |λ| = " + org.chainrule.ops.Numbers.human(Eigenvalues.spectralRadius(ev.tensor(i, 1)));
            }
        }
        return null;
    }
}
