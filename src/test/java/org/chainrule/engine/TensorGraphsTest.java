package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            "tum-p5-batchnorm.json", "softmax-cross-entropy.json", "tum-p10a-vector-rnn.json",
            "tum-p10c-lstm-vectors.json");

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

    /** The same cell laid out for drawing (one h_{t−1} node, the zero biases left out): the same numbers. */
    @Test
    void theSpacedLstmCellGivesTheSameNumbersAndEqualsItsScalarExpansion() throws Exception {
        Graph a = org.chainrule.io.GraphFile.read(java.nio.file.Path.of(getClass().getResource("/tensor-graphs/lstm-cell-vectors.json").toURI()));
        Graph b = org.chainrule.io.GraphFile.read(java.nio.file.Path.of(getClass().getResource("/tensor-graphs/lstm-cell-vectors-spaced.json").toURI()));
        assertSameAsExpanded("lstm-cell-vectors-spaced", b);
        Evaluation ea = Engine.evaluate(a), eb = Engine.evaluate(b);
        assertEquals(ea.value(), eb.value(), 1e-15);
        for (String id : List.of("Wxf", "Whf", "bf", "Wxi", "Whi", "Wxo", "Who", "Wxg", "Whg")) {
            assertArrayEquals(ea.gradTensor(id).copyData(), eb.gradTensor(id).copyData(), 1e-15, id);
        }
        for (String id : List.of("c", "h")) {
            int i = ea.compiled().indexOf(a.node(id)), j = eb.compiled().indexOf(b.node(id));
            for (int t = 1; t <= 3; t++) assertArrayEquals(ea.tensor(i, t).copyData(), eb.tensor(j, t).copyData(), 1e-15, id + "_" + t);
        }
    }

    /**
     * The vector LSTM cell's numbers, as the engine computes them from the file, against the same cell written
     * out here as a plain loop: c_t, h_t and the loss at every step, ∂L/∂W_f and ∂L/∂b_f against central
     * differences of that loop, and the gradient highway ∂L/∂c_2 = ∂L/∂c_3 ⊙ f_3 + (what c_2 gives through h_2).
     */
    @Test
    void theLstmCellWithVectorGatesGivesTheNumbersOfAHandWrittenLoop() throws Exception {
        java.nio.file.Path p = java.nio.file.Path.of(getClass().getResource("/tensor-graphs/lstm-cell-vectors.json").toURI());
        Graph g = org.chainrule.io.GraphFile.read(p);
        Evaluation ev = Engine.evaluate(g);
        Map<String, double[]> w = new java.util.HashMap<>();
        for (String id : List.of("Wxf", "Whf", "bf", "Wxi", "Whi", "bi", "Wxo", "Who", "bo", "Wxg", "Whg", "bg")) {
            w.put(id, g.node(id).tensorAt(1).copyData());
        }
        double[][] x = new double[3][];
        for (int t = 1; t <= 3; t++) x[t - 1] = g.node("x").tensorAt(t).copyData();
        double[][][] run = lstm(w, x);
        int c = ev.compiled().indexOf(g.node("c")), h = ev.compiled().indexOf(g.node("h"));
        for (int t = 1; t <= 3; t++) {
            assertArrayEquals(run[0][t - 1], ev.tensor(c, t).copyData(), 1e-15, "c_" + t);
            assertArrayEquals(run[1][t - 1], ev.tensor(h, t).copyData(), 1e-15, "h_" + t);
        }
        assertEquals(run[1][2][0] + run[1][2][1], ev.value(), 1e-15);
        assertEquals(0.2153, Math.round(ev.value() * 1e4) / 1e4, 0, "L, as the stepper rounds it");
        assertCentralDifferences(ev, w, List.of("Wxf", "Whf", "bf", "Wxg"), () -> loss(lstm(w, x)));
        // along the cell state the gradient is multiplied by f_t: c_3 reaches L only through h_3 = o_3 ⊙ tanh(c_3),
        // and dL/dc_2 = f_3 ⊙ dL/dc_3 + dL/dh_2 ⊙ o_2 ⊙ tanh′(c_2)
        int f = ev.compiled().indexOf(g.node("f")), o = ev.compiled().indexOf(g.node("o"));
        for (int k = 0; k < 2; k++) {
            double th3 = Math.tanh(run[0][2][k]), th2 = Math.tanh(run[0][1][k]);
            assertEquals(ev.tensor(o, 3).at(k) * (1 - th3 * th3), ev.gradTensor(c, 3).at(k), 1e-15, "dL/dc_3");
            double highway = ev.tensor(f, 3).at(k) * ev.gradTensor(c, 3).at(k);
            double throughH = ev.gradTensor(h, 2).at(k) * ev.tensor(o, 2).at(k) * (1 - th2 * th2);
            assertEquals(highway + throughH, ev.gradTensor(c, 2).at(k), 1e-15, "dL/dc_2");
        }
    }

    /**
     * Every element of the engine's gradient of each of {@code ids} equals the central difference of {@code loss},
     * a hand-written loop over the numbers in {@code w} (nudged in place, and put back).
     */
    private static void assertCentralDifferences(Evaluation ev, Map<String, double[]> w, List<String> ids,
            java.util.function.DoubleSupplier loss) {
        for (String id : ids) {
            double[] grad = ev.gradTensor(id).copyData();
            for (int k = 0; k < grad.length; k++) {
                double eps = 1e-6, keep = w.get(id)[k];
                w.get(id)[k] = keep + eps;
                double up = loss.getAsDouble();
                w.get(id)[k] = keep - eps;
                double down = loss.getAsDouble();
                w.get(id)[k] = keep;
                assertEquals((up - down) / (2 * eps), grad[k], 1e-8, "dL/d" + id + " element " + k);
            }
        }
    }

    /**
     * The shipped vector LSTM (z_t = concat(x_t, h_{t−1}), one matrix [2, 4] per gate) against the same cell
     * written out here as a plain loop over its file's numbers: z_t, c_t, h_t and L at every step, every element
     * of ∂L/∂W_f, ∂L/∂W_i, ∂L/∂W_g, ∂L/∂W_o and ∂L/∂b_f against central differences of that loop, the gradient along
     * the cell state, what concat hands back to h_{t−1} and x_t; and the same numbers as the test graph with
     * eight matrix products (lstm-cell-vectors.json), whose matrices W_f stacks.
     */
    @Test
    void theShippedVectorLstmGivesTheNumbersOfAHandWrittenLoop() throws Exception {
        Graph g = ShippedGraphs.read("tum-p10c-lstm-vectors.json");
        Evaluation ev = Engine.evaluate(g);
        Map<String, double[]> w = new java.util.HashMap<>();
        for (String id : List.of("Wf", "Wi", "Wg", "Wo", "bf")) w.put(id, g.node(id).tensorAt(1).copyData());
        double[][] x = new double[3][];
        for (int t = 1; t <= 3; t++) x[t - 1] = g.node("x").tensorAt(t).copyData();
        double[][][] run = stackedLstm(w, x);
        CompiledGraph cg = ev.compiled();
        int z = cg.indexOf(g.node("z")), c = cg.indexOf(g.node("c")), h = cg.indexOf(g.node("h"));
        for (int t = 1; t <= 3; t++) {
            assertArrayEquals(run[2][t - 1], ev.tensor(z, t).copyData(), 1e-15, "z_" + t);
            assertArrayEquals(run[0][t - 1], ev.tensor(c, t).copyData(), 1e-15, "c_" + t);
            assertArrayEquals(run[1][t - 1], ev.tensor(h, t).copyData(), 1e-15, "h_" + t);
        }
        assertEquals(loss(run), ev.value(), 1e-15);
        assertCentralDifferences(ev, w, List.of("Wf", "Wi", "Wg", "Wo", "bf"), () -> loss(stackedLstm(w, x)));
        int f = cg.indexOf(g.node("f")), o = cg.indexOf(g.node("o")), hp = cg.indexOf(g.node("hp")), xi = cg.indexOf(g.node("x"));
        for (int t = 1; t <= 3; t++) {
            // concat hands x_t the first two elements of ∂L/∂z_t and h_{t−1} the last two
            for (int k = 0; k < 2; k++) {
                assertEquals(ev.gradTensor(z, t).at(k), ev.gradTensor(xi, t).at(k), 0, "dL/dx_" + t);
                assertEquals(ev.gradTensor(z, t).at(2 + k), ev.gradTensor(hp, t).at(k), 0, "dL/dh_" + (t - 1));
            }
        }
        for (int k = 0; k < 2; k++) {
            double th2 = Math.tanh(run[0][1][k]);
            double highway = ev.tensor(f, 3).at(k) * ev.gradTensor(c, 3).at(k);
            double throughH = ev.gradTensor(h, 2).at(k) * ev.tensor(o, 2).at(k) * (1 - th2 * th2);
            assertEquals(highway + throughH, ev.gradTensor(c, 2).at(k), 1e-15, "dL/dc_2 = f_3 ⊙ dL/dc_3 + …");
            // h_2 reaches L only through h_3's gates: its gradient is what concat hands back at step 3
            assertEquals(ev.gradTensor(hp, 3).at(k), ev.gradTensor(h, 2).at(k), 1e-15, "dL/dh_2");
        }
        // the stepper writes concat's vector-Jacobian product as each argument's own slice, with the numbers the engine gave
        for (String[] arg : new String[][] {{"x", "[1..2]"}, {"hp", "[3..4]"}}) {
            Step back = ev.trace().steps().stream()
                    .filter(st -> st.nodeId().equals(arg[0]) && st.phase() == Phase.BACKWARD && st.t() == 3).findFirst().orElseThrow();
            assertTrue(back.text().contains("/dz_3)" + arg[1] + " = "), back.text());
            assertEquals(ev.gradTensor(cg.indexOf(g.node(arg[0])), 3), back.value(), arg[0]);
        }
        Graph eight = org.chainrule.io.GraphFile.read(java.nio.file.Path.of(getClass().getResource("/tensor-graphs/lstm-cell-vectors.json").toURI()));
        Evaluation e8 = Engine.evaluate(eight);
        assertEquals(e8.value(), ev.value(), 1e-15);
        int c8 = e8.compiled().indexOf(eight.node("c"));
        for (int t = 1; t <= 3; t++) assertArrayEquals(e8.tensor(c8, t).copyData(), ev.tensor(c, t).copyData(), 1e-15, "c_" + t);
    }

    /** The LSTM with z_t = [x_t, h_{t−1}] and one matrix [2, 4] per gate, row-major, times z_t: {c, h, z}, each [t][…]. */
    private static double[][][] stackedLstm(Map<String, double[]> w, double[][] x) {
        double[] h = {0, 0}, c = {0, 0};
        double[][] cs = new double[x.length][], hs = new double[x.length][], zs = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            double[] z = {x[t][0], x[t][1], h[0], h[1]};
            double[] f = new double[2], i = new double[2], o = new double[2], g = new double[2], cn = new double[2], hn = new double[2];
            for (int k = 0; k < 2; k++) {
                f[k] = sigmoid(row(w.get("Wf"), k, z) + w.get("bf")[k]);
                i[k] = sigmoid(row(w.get("Wi"), k, z));
                o[k] = sigmoid(row(w.get("Wo"), k, z));
                g[k] = Math.tanh(row(w.get("Wg"), k, z));
                cn[k] = f[k] * c[k] + i[k] * g[k];
                hn[k] = o[k] * Math.tanh(cn[k]);
            }
            c = cn;
            h = hn;
            cs[t] = c;
            hs[t] = h;
            zs[t] = z;
        }
        return new double[][][] {cs, hs, zs};
    }

    /** Row k of a [2, 4] matrix (row-major) times z. */
    private static double row(double[] m, int k, double[] z) {
        double s = 0;
        for (int p = 0; p < 4; p++) s += m[k * 4 + p] * z[p];
        return s;
    }

    private static double sigmoid(double v) { return 1 / (1 + Math.exp(-v)); }

    private static double loss(double[][][] run) { return run[1][2][0] + run[1][2][1]; }

    /** c_t and h_t of the LSTM cell for each step, h_0 = c_0 = 0: {c, h}, each [t][2]. */
    private static double[][][] lstm(Map<String, double[]> w, double[][] x) {
        double[] h = {0, 0}, c = {0, 0};
        double[][] cs = new double[x.length][], hs = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            double[] f = gate(w, "f", x[t], h), i = gate(w, "i", x[t], h), o = gate(w, "o", x[t], h), g = gate(w, "g", x[t], h);
            double[] cn = new double[2], hn = new double[2];
            for (int k = 0; k < 2; k++) {
                cn[k] = f[k] * c[k] + i[k] * g[k];
                hn[k] = o[k] * Math.tanh(cn[k]);
            }
            c = cn;
            h = hn;
            cs[t] = c;
            hs[t] = h;
        }
        return new double[][][] {cs, hs};
    }

    /** A gate: σ (tanh for the candidate g) of x·Wx + h·Wh + b, the matrices row-major [2, 2]. */
    private static double[] gate(Map<String, double[]> w, String name, double[] x, double[] h) {
        double[] wx = w.get("Wx" + name), wh = w.get("Wh" + name), b = w.get("b" + name), out = new double[2];
        for (int k = 0; k < 2; k++) {
            double z = x[0] * wx[k] + x[1] * wx[2 + k] + h[0] * wh[k] + h[1] * wh[2 + k] + b[k];
            out[k] = name.equals("g") ? Math.tanh(z) : 1 / (1 + Math.exp(-z));
        }
        return out;
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
            if (n.op() == Op.TRANSPOSE || n.op() == Op.CONCAT) continue; // no nodes of their own: the same elements in another order
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

    /**
     * A random chain of tensor ops over a batch x [2, 3], a weight W [3, 2] and a bias b [2], sometimes put next to
     * x's columns (concat), ending in a scalar.
     */
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
        if (r.nextBoolean()) { // the batch's columns next to what came of them: concat of [2, 2] and [2, 3]
            Node both = g.add("c", Op.CONCAT);
            g.connect(cur, both);
            g.connect(x, both);
            cur = both;
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
