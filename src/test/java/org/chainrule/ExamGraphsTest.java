package org.chainrule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Trainer;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableImport;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Activation;
import org.junit.jupiter.api.Test;

/**
 * The exam graphs shipped in {@code graphs/} (docs/exam-graphs.md), read from their files and run through the
 * public engine API. Numbers the exams state are asserted as stated; the others are derived by hand in
 * the comments next to them.
 */
class ExamGraphsTest {
    private static final double EPS = 1e-9;

    /**
     * One file per exam graph of docs/exam-graphs.md (two for P6, P10b, the dense net and the Ex 8 table);
     * the last three are asserted in {@link TimeAndMomentumGraphsTest}.
     */
    static final List<String> EXAM_FILES = List.of(
            "tum-p6a-max.json", "tum-p6b-skip.json",
            "in5400-2018-dense.json", "in5400-2018-dense-relu.json",
            "in5400-2021-ex8-table.json", "in5400-2021-ex8-recurrent.json",
            "in5400-2021-ex7-mini.json",
            "tum-p10b-rnn-neuron.json", "tum-p10b-rnn-ops.json",
            "inf5860-linreg.json", "tum-p9c-xor.json", "sigmoid-neuron.json",
            "in5400-2018-ex5b-tanh-rnn.json", "tum-p10c-lstm.json", "tum-p4c-valley-momentum.json");

    /** graphs/, as surefire passes it, else relative to the working directory. */
    static Path graphsDir() {
        return ShippedGraphs.dir();
    }

    static Graph read(String name) {
        return GraphFile.read(graphsDir().resolve(name));
    }

    static Evaluation eval(String name) {
        return Engine.evaluate(read(name));
    }

    @Test
    void everyShippedGraphHasItsQuestionAndAPositionForEveryNode() throws Exception {
        List<Path> files;
        try (var s = Files.list(graphsDir())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (String name : EXAM_FILES) assertTrue(files.contains(graphsDir().resolve(name)), "missing " + name);
        for (Path f : files) {
            Graph g = GraphFile.read(f);
            assertFalse(g.name() == null || g.name().isBlank(), f + ": name");
            assertFalse(g.description() == null || g.description().isBlank(), f + ": description");
            assertTrue(g.outputId() != null && g.node(g.outputId()) != null, f + ": output");
            for (Node n : g.nodes()) assertTrue(n.hasPosition(), f + ": position of " + n.id());
            Engine.evaluate(g); // valid: throws otherwise
        }
    }

    // ---- 1. TUM I2DL 2021 P6a / P6b ----

    @Test
    void tumP6aMaxGivesDyDxEqualToW() {
        Evaluation ev = eval("tum-p6a-max.json");
        assertEquals(0.002, ev.value(), EPS); // max(0.001·2, 0)
        assertEquals(0.001, ev.grad("x"), EPS); // the exam: dy/dx = 0.001
        assertEquals(2, ev.grad("w"), EPS); // dy/dw = x = 2
    }

    @Test
    void tumP6bSkipConnectionAddsOne() {
        Evaluation ev = eval("tum-p6b-skip.json");
        assertEquals(2.002, ev.value(), EPS); // max(0.001·2 + 2, 0)
        assertEquals(1.001, ev.grad("x"), EPS); // the exam: dy/dx = w + 1 = 1.001
    }

    // ---- 2. UiO IN5400 2018 Ex 1 ----

    @Test
    void in5400DenseForwardAndGradients() {
        Evaluation ev = eval("in5400-2018-dense.json");
        Graph g = ev.graph();
        assertEquals(36, ev.value(g.node("yhat")), EPS); // the exam: ŷ = 36
        assertEquals(16, ev.value(), EPS); // J = (36 − 32)²
        assertEquals(8, ev.grad("yhat.bias"), EPS); // the exam: ∂J/∂b[2]_1 = 8
        assertEquals(-16, ev.grad("h2->yhat"), EPS); // the exam: ∂J/∂w[2]_21 = −16
        assertEquals(8, ev.grad("h2.bias"), EPS); // the exam: ∂J/∂b[1]_2 = 8
        assertEquals(16, ev.grad("x1->h3"), EPS); // the exam: ∂J/∂w[1]_13 = 16
    }

    @Test
    void in5400DenseOneStepWithLearningRateTwo() {
        Graph g = read("in5400-2018-dense.json");
        new Trainer(2, 0).step(g);
        assertEquals(-16, Quantity.find(g, "h2.bias").get(), EPS); // the exam: b[1]_2 = 0 − 2·8 = −16
        assertEquals(-29, Quantity.find(g, "x1->h3").get(), EPS); // the exam: w[1]_13 = 3 − 2·16 = −29
    }

    @Test
    void in5400DenseReluSwitchesOffTheSecondHiddenUnit() {
        Evaluation ev = eval("in5400-2018-dense-relu.json");
        Graph g = ev.graph();
        assertEquals(38, ev.value(g.node("yhat")), EPS); // the exam: ŷ = 38
        // By hand: h = relu(9, −2, 5) = (9, 0, 5), ŷ = 1 + 3·9 + 1·0 + 2·5 = 38, J = 6² = 36,
        // ∂J/∂ŷ = 2·6 = 12; h2 is off, so its bias and its incoming weights get nothing, while
        // ∂J/∂w[2]_21 = 12·h2 = 0 too and ∂J/∂w[1]_13 = 12·w[2]_31·x1 = 12·2·1 = 24.
        assertEquals(36, ev.value(), EPS);
        assertEquals(12, ev.grad("yhat.bias"), EPS);
        assertEquals(0, ev.grad("h2.bias"), EPS);
        assertEquals(0, ev.grad("x2->h2"), EPS);
        assertEquals(0, ev.grad("h2->yhat"), EPS);
        assertEquals(24, ev.grad("x1->h3"), EPS);
    }

    // ---- 3. UiO IN5400 2021 Ex 8 ----

    @Test
    void in5400Ex8TableGraphHasThirteenEdgesAndCountsPaths() {
        Evaluation ev = eval("in5400-2021-ex8-table.json");
        Graph g = ev.graph();
        assertEquals(13, g.edgeCount()); // the exam: 13 edges
        assertEquals("F", ev.outputId()); // the exam: output F
        // By hand, with S = 1, unit weights, identity: A = 1, B = S + A = 2, C = A + B = 3, D = C = 3,
        // E = S + A + B + C + D = 10, F = D + E = 13. ∂F/∂S is the number of paths S ⇝ F:
        // paths to F from E 1, D 2 (D→F, D→E→F), C 3 (via D or E), B 4 (C or E), A 8 (B, C or E),
        // S 8 + 4 + 1 = 13.
        assertEquals(13, ev.value(), EPS);
        assertEquals(13, ev.grad("S"), EPS);
        assertEquals(8, ev.grad("A"), EPS);
        assertEquals(2, ev.grad("D"), EPS);
    }

    @Test
    void in5400Ex8JsonFilesAreTheirTables() {
        for (String[] pair : new String[][] {
                {"in5400-2021-ex8-table.json", "in5400-2021-ex8.txt"},
                {"in5400-2021-ex8-recurrent.json", "in5400-2021-ex8-recurrent.txt"}}) {
            Graph json = read(pair[0]);
            Graph table = TableImport.read(graphsDir().resolve(pair[1]), Activation.IDENTITY);
            assertEquals(edgeSet(table), edgeSet(json), pair[0]);
            assertEquals(table.outputId(), json.outputId());
        }
        Graph table = TableImport.read(graphsDir().resolve("in5400-2021-ex8.txt"), Activation.IDENTITY);
        assertEquals(13, table.edgeCount()); // the exam: 13 edges
        assertEquals(13, Engine.evaluate(table).value(), EPS);
    }

    @Test
    void in5400Ex8RecurrentOverThreeSteps() {
        Evaluation ev = eval("in5400-2021-ex8-recurrent.json");
        Graph g = ev.graph();
        assertEquals(18, g.edgeCount()); // 13 + five self-loops
        assertEquals(3, ev.timesteps());
        // By hand (each node adds its own previous value, inits 0, S = 1 at every step):
        // t = 1: A 1, B 2, C 3, D 3, E 10, F 13 (as without loops)
        // t = 2: A 1+1 = 2, B 1+2+2 = 5, C 2+5+3 = 10, D 10+3 = 13, E 1+2+5+10+13+10 = 41, F 13+41 = 54
        // t = 3: A 1+2 = 3, B 1+3+5 = 9, C 3+9+10 = 22, D 22+13 = 35, E 1+3+9+22+35+41 = 111, F 35+111 = 146
        assertEquals(13, ev.value(g.node("F"), 1), EPS);
        assertEquals(54, ev.value(g.node("F"), 2), EPS);
        assertEquals(146, ev.value(), EPS);
        assertEquals(41, ev.value(g.node("E"), 2), EPS);
        // F(3) = D(3) + E(3) and E feeds only F and itself (E(t) = … + E(t−1)), so ∂F(3)/∂E(t) = 1 for
        // t = 3, 2, 1 (the last two through E's loop); summed over time: 3.
        assertEquals(3, ev.grad("E"), EPS);
    }

    // ---- 4. UiO IN5400 2021 Ex 7 ----

    @Test
    void in5400Ex7MiniNetworkSumsSixPathsFromX1() {
        Evaluation ev = eval("in5400-2021-ex7-mini.json");
        // By hand (ReLU everywhere but e, all pre-activations positive so every ReLU passes 1):
        // a = 2·x1 = 2, b = −a + 3 = 1, c = a + b = 3, d = 0.5·a = 1, f = x1 + a − d = 2,
        // j = x2 = 2, h = 0.5·x2 = 1, g = 2j + h = 5, e = f + d + c + g = 11.
        assertEquals(11, ev.value(), EPS);
        // ∂e/∂x2 = ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2) = 1·(2·1 + 1·0.5) = 2.5
        assertEquals(2.5, ev.grad("x2"), EPS);
        // ∂e/∂x1 over the 6 paths: x1→f→e 1; x1→a→f→e 2·1·1 = 2; x1→a→d→f→e 2·0.5·(−1)·1 = −1;
        // x1→a→d→e 2·0.5·1 = 1; x1→a→c→e 2·1·1 = 2; x1→a→b→c→e 2·(−1)·1·1 = −2; sum 3.
        assertEquals(3, ev.grad("x1"), EPS);
        // d feeds f with −1 and e with +1: the two paths cancel.
        assertEquals(0, ev.grad("d"), EPS);
    }

    // ---- 5. TUM I2DL 2021 P10b ----

    @Test
    void tumP10bRnnBothReadingsGiveTheSameNumbers() {
        // h_t = relu(u·h_{t−1} + w·x_t), y_2 = v·h_2, h_0 = 3, w = 2, v = −1, u = 3, x = (1, 2).
        // Forward: h_1 = relu(3·3 + 2·1) = 11, h_2 = relu(3·11 + 2·2) = 37, y_2 = −37.
        // Both pre-activations are positive, so relu' = 1 and dy_2/dh_2 = v = −1.
        // dy_2/dv = h_2 = 37.
        // dh_2/du = h_1 + u·dh_1/du = 11 + 3·h_0 = 11 + 9 = 20      → dy_2/du = −20
        // dh_2/dw = x_2 + u·dh_1/dw = 2 + 3·x_1 = 5                 → dy_2/dw = −5
        // dh_2/dh_0 = u·dh_1/dh_0 = u·u = 9                         → dy_2/dh_0 = −9
        Map<String, String[]> keys = Map.of(
                "tum-p10b-rnn-neuron.json", new String[] {"h->h", "x->h", "h->y", "h.init"},
                "tum-p10b-rnn-ops.json", new String[] {"u", "w", "v", "h.init"});
        for (var entry : keys.entrySet()) {
            String file = entry.getKey();
            String[] k = entry.getValue();
            Evaluation ev = eval(file);
            Graph g = ev.graph();
            assertEquals(2, ev.timesteps(), file);
            assertEquals(11, ev.value(g.node("h"), 1), EPS, file);
            assertEquals(37, ev.value(g.node("h"), 2), EPS, file);
            assertEquals(-37, ev.value(), EPS, file);
            assertEquals(-20, ev.grad(k[0]), EPS, file + " dy_2/du");
            assertEquals(-5, ev.grad(k[1]), EPS, file + " dy_2/dw");
            assertEquals(37, ev.grad(k[2]), EPS, file + " dy_2/dv");
            assertEquals(-9, ev.grad(k[3]), EPS, file + " dy_2/dh_0");
        }
    }

    // ---- 6. UiO INF5860 Ex 1 ----

    @Test
    void inf5860LinearRegressionOneStep() {
        // By hand, at w = b = 0 with m = 3: residuals r_i = w·x_i + b − y_i = (−1.5, −2, −2.5).
        // J = (2.25 + 4 + 6.25)/6 = 12.5/6 = 25/12 ≈ 2.0833
        // ∂J/∂w = (1/m)·Σ r_i·x_i = (−1.5 − 4 − 7.5)/3 = −13/3
        // ∂J/∂b = (1/m)·Σ r_i = −6/3 = −2
        // One step with lr = 1: w = 0 + 13/3 = 13/3 ≈ 4.3333, b = 0 + 2 = 2.
        Graph g = read("inf5860-linreg.json");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(25.0 / 12, ev.value(), EPS);
        assertEquals(-13.0 / 3, ev.grad("w"), EPS);
        assertEquals(-2, ev.grad("b"), EPS);
        new Trainer(1, 0).step(g);
        assertEquals(13.0 / 3, Quantity.find(g, "w").get(), EPS);
        assertEquals(2, Quantity.find(g, "b").get(), EPS);
        // The inputs and targets are not trainable and stay as they were.
        assertEquals(2, Quantity.find(g, "x2").get(), EPS);
        assertEquals(2.5, Quantity.find(g, "y3").get(), EPS);
    }

    // ---- 7. TUM I2DL 2021 P9c ----

    @Test
    void tumP9cXorFromThreeStepNeurons() {
        Evaluation ev = eval("tum-p9c-xor.json");
        Graph g = ev.graph();
        assertEquals(4, ev.timesteps());
        // (x1, x2) = (0,0), (0,1), (1,0), (1,1) at t = 1..4: the exam's outputs 0, 1, 1, 0.
        double[] expected = {0, 1, 1, 0};
        for (int t = 1; t <= 4; t++) assertEquals(expected[t - 1], ev.value(g.node("y"), t), "t = " + t);
    }

    // ---- 8. The sigmoid neuron ----

    @Test
    void sigmoidNeuronInPrimitiveOps() {
        // By hand: z = w0·x0 + w1·x1 + w2 = 2·(−1) + (−3)·(−2) + (−3) = 1, f = σ(1) = 1/(1 + e^−1) ≈ 0.7311.
        // df/dz = σ(1)·(1 − σ(1)) ≈ 0.1966, and z is linear in each input:
        // ∂f/∂w0 = x0·σ' = −σ', ∂f/∂x0 = w0·σ' = 2σ', ∂f/∂w1 = x1·σ' = −2σ', ∂f/∂x1 = w1·σ' = −3σ', ∂f/∂w2 = σ'.
        double sigma = 1 / (1 + Math.exp(-1));
        double ds = sigma * (1 - sigma);
        Evaluation ev = eval("sigmoid-neuron.json");
        assertEquals(sigma, ev.value(), EPS);
        assertEquals(-ds, ev.grad("w0"), EPS);
        assertEquals(2 * ds, ev.grad("x0"), EPS);
        assertEquals(-2 * ds, ev.grad("w1"), EPS);
        assertEquals(-3 * ds, ev.grad("x1"), EPS);
        assertEquals(ds, ev.grad("w2"), EPS);
        // The "1/x" gate: d(1/den)/d den = −1/den² with den = 1 + e^−1.
        double den = 1 + Math.exp(-1);
        assertEquals(-1 / (den * den), ev.grad("den"), EPS);
    }

    private static Set<String> edgeSet(Graph g) {
        Set<String> s = new TreeSet<>();
        for (Edge e : g.edges()) s.add(g.key(e) + " w=" + e.weight() + " d=" + g.delay(e));
        return s;
    }
}
