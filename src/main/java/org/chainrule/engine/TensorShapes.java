package org.chainrule.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.ShapeException;
import org.chainrule.ops.tensor.Shapes;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ops.tensor.TensorNeuron;
import org.chainrule.ops.tensor.TensorRules;

/**
 * The shape of every node of a tensor graph, inferred in evaluation order from the sources' shapes and
 * each op's rule, and every reason it cannot be: two shapes an op cannot take, a value that does not
 * match its shape, a shape that changes through a delayed edge, an output that is not a scalar.
 *
 * <p>A delayed edge reads its source's {@code init} before the first step, so it carries the init's
 * shape. An init given as a number takes the shape of its node (a vector hidden state may start at 0);
 * an init given as a list must have exactly that shape.
 */
final class TensorShapes {
    /** Rounds of inference: a number init takes its node's shape, which may change the shapes after it. */
    private static final int ROUNDS = 8;

    final Map<Node, int[]> shape = new IdentityHashMap<>();
    final List<Diagnostic> problems = new ArrayList<>();

    private TensorShapes() {}

    /** Infers the shapes of a graph whose delay-0 edges form a DAG ({@code order} is its evaluation order). */
    static TensorShapes of(Graph g, List<Node> order) {
        TensorShapes s = new TensorShapes();
        Map<Node, int[]> read = new IdentityHashMap<>();
        for (Node n : order) read.put(n, n.tensorInit() != null ? n.tensorInit().shape() : Shapes.SCALAR);
        for (int round = 0; round < ROUNDS; round++) {
            s.shape.clear();
            s.problems.clear();
            s.infer(g, order, read);
            if (!s.problems.isEmpty()) return s;
            boolean changed = false;
            for (Node n : order) {
                int[] got = s.shape.get(n);
                if (got == null || !delayedRead(g, n) || Shapes.same(got, read.get(n))) continue;
                if (n.tensorInit() != null) {
                    s.problem(n, "its shape " + Shapes.text(got) + " does not carry through its delayed edge: its init has shape "
                            + Shapes.text(n.tensorInit().shape()) + " (give init " + Shapes.text(got) + ")");
                    return s;
                }
                read.put(n, got);
                changed = true;
            }
            if (!changed) {
                s.checkOutput(g);
                return s;
            }
        }
        s.problem(order.get(0), "the shapes through the delayed edges do not settle");
        return s;
    }

    private static boolean delayedRead(Graph g, Node n) {
        for (Edge e : g.outgoing(n)) if (g.delay(e) > 0) return true;
        return false;
    }

    private void infer(Graph g, List<Node> order, Map<Node, int[]> read) {
        for (Node n : order) {
            if (n.op().isSource()) {
                shape.put(n, n.isTensorSource() ? n.shape() : Shapes.SCALAR);
                checkValue(g, n);
                continue;
            }
            List<Edge> args = g.arguments(n);
            int[][] in = new int[args.size()][];
            boolean known = true;
            for (int j = 0; j < in.length; j++) {
                Node src = g.source(args.get(j));
                in[j] = g.delay(args.get(j)) > 0 ? read.get(src) : shape.get(src);
                if (in[j] == null) known = false;
            }
            if (!known) continue; // an argument already has a problem
            try {
                shape.put(n, n.op() == Op.NEURON ? new TensorNeuron(n.activation(), n.alpha(), 0, new double[in.length], 0).shape(in)
                        : TensorRules.of(n.op(), n.opParam(), n.axis(), eps(n)).shape(in));
            } catch (ShapeException e) {
                problem(n, e.getMessage());
            }
        }
    }

    private void checkValue(Graph g, Node n) {
        if (!n.isTensorSource() || n.tensors() == null) return;
        for (Tensor t : n.tensors()) {
            if (!Shapes.same(t.shape(), n.shape())) {
                problem(n, "a value of shape " + Shapes.text(t.shape()) + " does not match its shape " + Shapes.text(n.shape()));
                return;
            }
        }
    }

    private void checkOutput(Graph g) {
        Node out = g.output();
        int[] s = out == null ? null : shape.get(out);
        if (s != null && s.length > 0) {
            problem(out, "the output is a tensor of shape " + Shapes.text(s)
                    + "; the output must be a scalar (a loss: end with sum, mean or cross_entropy)");
        }
    }

    static double eps(Node n) { return n.epsOrNull() == null ? TensorRules.DEFAULT_EPS : n.epsOrNull(); }

    private void problem(Node n, String what) {
        problems.add(new Diagnostic(Rules.atNode(n.id(), what), List.of(n.id())));
    }
}
