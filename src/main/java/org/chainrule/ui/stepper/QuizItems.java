package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.StepState;
import org.chainrule.engine.StepState.GradientSum;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;

/** Which quiz items a stepper position can ask about, and the engine's number for each. */
public final class QuizItems {
    private QuizItems() {}

    /**
     * Every item whose number is known at this position: computed nodes' values, nodes' gradients, and
     * gradients along edges, in graph order.
     */
    public static List<Quiz.Item> known(Graph g, StepState s) {
        List<Quiz.Item> items = new ArrayList<>();
        if (s == null) return items;
        int t = s.time();
        for (Node n : g.nodes()) {
            if (!n.op().isSource() && s.values().containsKey(n)) items.add(Quiz.item(Quiz.Kind.VALUE, n.id(), t));
            if (s.grads().containsKey(n)) items.add(Quiz.item(Quiz.Kind.GRAD, n.id(), t));
        }
        for (Edge e : g.edges()) {
            if (s.edgeGrads().containsKey(e)) items.add(Quiz.item(Quiz.Kind.EDGE_GRAD, g.key(e), t));
        }
        return items;
    }

    /**
     * How an item is named to the student, with the names the canvas shows (labels such as
     * {@code w[1]_13} or {@code h_2}, not internal ids): "value of w·x", "gradient of w[1]_13",
     * "gradient along x → w·x (t = 2)".
     */
    public static String describe(Graph g, Quiz.Item item) {
        String what;
        if (item.kind() == Quiz.Kind.EDGE_GRAD) {
            Edge e = g == null ? null : g.edge(item.key());
            if (e == null) what = "gradient along " + item.key();
            else if (e.label() != null && g.target(e).op() == org.chainrule.ops.Op.NEURON) what = "gradient of " + e.label();
            else what = "gradient along " + shown(g.source(e)) + " → " + shown(g.target(e));
        } else {
            Node n = g == null ? null : g.node(item.key());
            String name = n == null ? item.key() : shown(n);
            what = (item.kind() == Quiz.Kind.VALUE ? "value of " : "gradient at ") + name;
        }
        return item.time() > 1 ? what + " (t = " + item.time() + ")" : what;
    }

    /** The one place the quiz asks how the canvas names a node (its title). */
    private static String shown(Node n) {
        return n.displayName();
    }

    /**
     * The engine's numbers for an item in row-major order: one for a scalar, every element for a vector or
     * matrix (the student is asked for the whole tensor the canvas shows); null when not known here.
     */
    public static double[] expectedElements(Graph g, StepState s, Quiz.Item item) {
        Tensor t = s == null || item.time() != s.time() ? null : tensor(g, s, item);
        if (t != null && t.size() > 1) return t.data().clone();
        Double one = expected(g, s, item);
        return one == null ? null : new double[] {one};
    }

    /** The item's whole tensor at this position, or null (a scalar graph, or not known yet). */
    private static Tensor tensor(Graph g, StepState s, Quiz.Item item) {
        StepState.Tensors ts = s.tensors();
        if (!ts.any()) return null;
        return switch (item.kind()) {
            case VALUE -> g.node(item.key()) == null ? null : ts.values().get(g.node(item.key()));
            case GRAD -> g.node(item.key()) == null ? null : ts.grads().get(g.node(item.key()));
            case EDGE_GRAD -> g.edge(item.key()) == null ? null : ts.edgeGrads().get(g.edge(item.key()));
        };
    }

    /** The engine's number for an item (a tensor's first element), or null when it is not known at this position. */
    public static Double expected(Graph g, StepState s, Quiz.Item item) {
        if (s == null || item.time() != s.time()) return null;
        switch (item.kind()) {
            case VALUE: {
                Node n = g.node(item.key());
                return n == null ? null : s.values().get(n);
            }
            case GRAD: {
                Node n = g.node(item.key());
                GradientSum sum = n == null ? null : s.grads().get(n);
                return sum == null ? null : sum.total();
            }
            default: {
                Edge e = g.edge(item.key());
                return e == null ? null : StepAnnotations.shownEdgeGrad(g, s, e);
            }
        }
    }
}
