package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainrule.ShippedGraphs;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The shipped tensor graphs give the exams' numbers, and every tensor graph (shipped, and random ones)
 * gives the same values and gradients as the same graph expanded to scalars.
 */
class TensorGraphsTest {
    static final List<String> TENSOR_GRAPHS = List.of("in5400-2018-dense-matrices.json", "inf5860-linreg-vectors.json",
            "tum-p5-batchnorm.json", "softmax-cross-entropy.json", "tum-p10a-vector-rnn.json");

    private static Tensor tensor(int[] shape, double... v) { return Tensor.of(shape, v); }

    @Test
    void theDenseNetAsMatricesGivesTheExamsNumbers() {
        Graph g = ShippedGraphs.read("in5400-2018-dense-matrices.json");
        Evaluation ev = Engine.evaluate(g);
        // the same exam as scalars: the numbers must agree with graphs/in5400-2018-dense.json
        Evaluation scalar = Engine.evaluate(ShippedGraphs.read("in5400-2018-dense.json"));
        assertEquals(scalar.value(), ev.value());
        assertEquals(36, ev.tensorValues().get("yhat").at(0));
        assertEquals(tensor(new int[] {3}, 9, -2, 5), ev.tensorValues().get("h"));
        assertEquals(tensor(new int[] {2, 3}, 24, 8, 16, 72, 24, 48), ev.gradTensor("W1"));
        assertEquals(scalar.grad("yhat.bias"), ev.gradTensor("b2").at(0));
        assertEquals(scalar.grad("h2->yhat"), ev.gradTensor("w2").at(1));
        assertEquals(scalar.grad("x1->h3"), ev.gradTensor("W1").at(2));
        new Trainer(2).step(g, ev);
        assertEquals(-16, Quantity.find(g, "b1").tensor().at(1));
        assertEquals(-29, Quantity.find(g, "W1").tensor().at(2));
    }

    @Test
    void linearRegressionAsVectorsEqualsTheScalarGraph() {
        Evaluation v = Engine.evaluate(ShippedGraphs.read("inf5860-linreg-vectors.json"));
        Evaluation s = Engine.evaluate(ShippedGraphs.read("inf5860-linreg.json"));
        assertEquals(s.value(), v.value(), 1e-12);
        assertEquals(s.grad("w"), v.gradTensor("w").at(0), 1e-12);
        assertEquals(s.grad("b"), v.gradTensor("b").at(0), 1e-12);
    }

    @Test
    void batchNormGivesTheExamsMeanAndDeviation() {
        Graph g = ShippedGraphs.read("tum-p5-batchnorm.json");
        Evaluation ev = Engine.evaluate(g);
        Tensor z = ev.tensorValues().get("z");
        assertArrayEquals(new double[] {13, 5, 0}, org.chainrule.ops.tensor.BatchNorm.mean(z));
        double[] var = org.chainrule.ops.tensor.BatchNorm.variance(z);
        assertArrayEquals(new double[] {1, 25, 25}, var);
        // y = (z − μ)/σ·γ + β, element by element
        Tensor y = ev.tensorValues().get("y");
        Tensor gamma = ev.tensorValues().get("gamma"), beta = ev.tensorValues().get("beta");
        double[] mu = {13, 5, 0}, sd = {1, 5, 5};
        for (int k = 0; k < 12; k++) {
            assertEquals((z.at(k) - mu[k % 3]) / sd[k % 3] * gamma.at(k % 3) + beta.at(k % 3), y.at(k), 1e-12);
        }
        Step bn = ev.trace().steps().stream().filter(s -> s.nodeId().equals("y") && s.phase() == Phase.FORWARD).findFirst().orElseThrow();
        assertTrue(bn.details().get(0).endsWith("= [13, 5, 0]"), bn.details().toString());
        assertTrue(bn.details().get(1).endsWith("= [1, 5, 5]"), bn.details().toString());
    }

    @Test
    void softmaxWithCrossEntropyHasTheGradientPMinusYOverTheRows() {
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("softmax-cross-entropy.json"));
        Tensor p = ev.tensorValues().get("P"), y = ev.tensorValues().get("Y"), dS = ev.gradTensor("S");
        for (int k = 0; k < p.size(); k++) assertEquals((p.at(k) - y.at(k)) / 2, dS.at(k), 1e-12);
    }

    @Test
    void theRecurrentMatrixsEigenvaluesAreShown() {
        Graph g = ShippedGraphs.read("tum-p10a-vector-rnn.json");
        Tensor w = Quantity.find(g, "W").tensor();
        double a = w.at(0), b = w.at(1), d = w.at(3);
        double top = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + b * b); // a symmetric 2×2 matrix
        assertEquals(top, Eigenvalues.spectralRadius(w), 1e-12);
        Step ws = Engine.evaluate(g).trace().steps().stream().filter(s -> s.nodeId().equals("W")).findFirst().orElseThrow();
        assertTrue(ws.details().get(0).startsWith("eigenvalues of W: " + org.chainrule.ops.Numbers.human(top)), ws.details().toString());
        assertTrue(ws.details().get(0).contains("> 1"), ws.details().toString());
    }

    @Test
    void throughTimeAVectorStateIsPlottedAsItsNormWithTheLargestEigenvalue() {
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("tum-p10a-vector-rnn.json"));
        ThroughTime.Curve c = ThroughTime.of(ev, "h");
        int h = ev.compiled().indexOf("h");
        for (int t = 1; t <= ev.timesteps(); t++) {
            Tensor g = ev.gradTensor(h, t);
            assertEquals(Math.hypot(g.at(0), g.at(1)), c.grads()[t - 1], 1e-15);
        }
        double top = Eigenvalues.spectralRadius(ev.tensor(ev.compiled().indexOf("W"), 1));
        assertEquals("W: largest |λ| = " + org.chainrule.ops.Numbers.human(top), c.note());
    }

    @Test
    void aTensorGraphIsSavedAndReadBackWithItsShapesAndInits() throws Exception {
        for (String name : TENSOR_GRAPHS) {
            Graph g = ShippedGraphs.read(name);
            java.nio.file.Path p = java.nio.file.Files.createTempFile("tensor", ".json");
            try {
                org.chainrule.io.GraphFile.write(g, p);
                Evaluation a = Engine.evaluate(g), b = Engine.evaluate(org.chainrule.io.GraphFile.read(p));
                assertEquals(a.tensorValues(), b.tensorValues(), name);
                assertEquals(a.tensorGrads(), b.tensorGrads(), name);
            } finally {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void everyShippedTensorGraphEqualsItsScalarExpansion() {
        for (String name : TENSOR_GRAPHS) assertSameAsExpanded(name, ShippedGraphs.read(name));
    }

    /** An LSTM cell with vector gates over three steps (too crowded to ship as a drawing; a test graph). */
    @Test
    void anLstmCellWithVectorGatesEqualsItsScalarExpansion() throws Exception {
        java.nio.file.Path p = java.nio.file.Path.of(getClass().getResource("/tensor-graphs/lstm-cell-vectors.json").toURI());
        assertSameAsExpanded("lstm-cell-vectors", org.chainrule.io.GraphFile.read(p));
    }

    @Test
    void randomTensorGraphsEqualTheirScalarExpansion() {
        Random r = new Random(11);
        for (int k = 0; k < 40; k++) assertSameAsExpanded("random graph " + k, randomGraph(r));
    }

    /** Values of every element and gradients of every source element agree with the expanded graph. */
    private static void assertSameAsExpanded(String name, Graph g) {
        Evaluation ev = Engine.evaluate(g);
        Graph x = ScalarExpansion.of(g);
        assertTrue(!x.hasTensors(), name);
        Evaluation sx = Engine.evaluate(x);
        assertEquals(ev.value(), sx.value(), 1e-9 * Math.max(1, Math.abs(ev.value())), name + ": output");
        for (int i = 0; i < ev.compiled().n; i++) {
            Node n = ev.compiled().nodes[i];
            if (n.op() == Op.TRANSPOSE) continue; // no nodes of its own: the same elements in another order
            int[] s = ev.shapeAt(i);
            Tensor v = ev.tensor(i, ev.timesteps());
            Tensor grad = ev.gradTensorSum(i);
            for (int k = 0; k < v.size(); k++) {
                String id = elementId(n.id(), s, k);
                Node e = x.node(id);
                if (e == null) {
                    // a weight matrix: its elements are edge weights of the expanded neurons
                    assertWeight(name, x, sx, n, s, k, v.at(k), grad.at(k));
                    continue;
                }
                assertEquals(v.at(k), sx.value(e), 1e-9 * Math.max(1, Math.abs(v.at(k))), name + ": value of " + id);
                assertEquals(grad.at(k), sx.grad(e), 1e-8 * Math.max(1, Math.abs(grad.at(k))), name + ": gradient of " + id);
            }
        }
    }

    private static void assertWeight(String name, Graph x, Evaluation sx, Node n, int[] s, int k, double value, double grad) {
        assertEquals(Op.PARAM == n.op() || Op.CONST == n.op(), true, name + ": " + n.id() + " has no element nodes");
        double sum = 0;
        int edges = 0;
        String tag = "#" + n.id() + "#" + k;
        for (Edge e : x.edges()) {
            if (!tag.equals(e.extras().get("weightOf"))) continue;
            assertEquals(value, e.weight(), 0, name + ": weight " + tag);
            sum += sx.grad(x.key(e));
            edges++;
        }
        assertTrue(edges > 0, name + ": element " + k + " of " + n.id() + " is on no edge");
        assertEquals(grad, sum, 1e-8 * Math.max(1, Math.abs(grad)), name + ": gradient of " + n.id() + " element " + k);
    }

    static String elementId(String id, int[] s, int k) {
        if (s.length == 0) return id;
        StringBuilder sb = new StringBuilder(id);
        int[] idx = new int[s.length];
        for (int a = s.length - 1; a >= 0; a--) {
            idx[a] = k % s[a];
            k /= s[a];
        }
        for (int i : idx) sb.append('_').append(i + 1);
        return sb.toString();
    }

    /** A random chain of tensor ops over a batch x [2, 3], a weight W [3, 2] and a bias b [2], ending in a scalar. */
    private static Graph randomGraph(Random r) {
        Graph g = new Graph();
        Node x = source(g, "x", Op.INPUT, new int[] {2, 3}, r);
        Node w = source(g, "W", Op.PARAM, new int[] {3, 2}, r);
        Node b = source(g, "b", Op.PARAM, new int[] {2}, r);
        Node cur = g.add("xW", Op.MATMUL);
        g.connect(x, cur);
        g.connect(w, cur);
        Node plus = g.add("z", Op.ADD);
        g.connect(cur, plus);
        g.connect(b, plus);
        cur = plus;
        Op[] unary = {Op.TANH, Op.SIGMOID, Op.SOFTMAX, Op.SQUARE, Op.EXP, Op.TRANSPOSE, Op.RELU, Op.NEG};
        int steps = 1 + r.nextInt(3);
        for (int k = 0; k < steps; k++) {
            Op op = unary[r.nextInt(unary.length)];
            Node next = g.add("u" + k, op);
            g.connect(cur, next);
            if (r.nextBoolean()) { // an elementwise product with the input of the step before: a fork
                Node prod = g.add("m" + k, Op.MUL);
                g.connect(next, prod);
                g.connect(cur, prod);
                next = prod;
            }
            cur = next;
        }
        Node loss = g.add("L", r.nextBoolean() ? Op.SUM : Op.MEAN);
        g.connect(cur, loss);
        g.setOutputId("L");
        return g;
    }

    private static Node source(Graph g, String id, Op op, int[] shape, Random r) {
        Node n = new Node(id, op);
        double[] d = new double[Tensor.size(shape)];
        for (int k = 0; k < d.length; k++) d[k] = Math.round((r.nextDouble() * 2 - 1) * 100) / 100.0;
        n.setTensors(shape, List.of(Tensor.of(shape, d)), false);
        return g.add(n);
    }
}
