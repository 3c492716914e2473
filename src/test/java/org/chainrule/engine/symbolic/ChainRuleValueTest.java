package org.chainrule.engine.symbolic;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** The number that goes with a formula, and the formula read back as numbers and as paths. */
class ChainRuleValueTest {
    @Test
    void ex7ValuesMatchTheHandCalculation() {
        Graph g = ChainRuleTest.ex7();
        // every ReLU is active (a=2, b=1, c=3, d=1, f=2, j=2, h=1, g=5), so each local partial is the weight:
        // ∂e/∂x2 = ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2) = 1·(2·1 + 1·0.5) = 2.5
        Derivative d2 = ChainRule.derive(g, "e", "x2");
        assertEquals(2.5, d2.value(), 1e-12);
        // ∂e/∂x1 = 1·1 + (1·(1 + (−1)·0.5) + 1·0.5 + 1·(1 + 1·(−1)))·2 = 1 + (0.5 + 0.5 + 0)·2 = 3
        Derivative d1 = ChainRule.derive(g, "e", "x1");
        assertEquals(3.0, d1.value(), 1e-12);
        assertEquals("1·(2·1 + 1·0.5)", d2.numbers());
        assertEquals(List.of(2.0, 0.5), d2.pathValues());
        assertEquals("1·1 + (1·(1 + (−1)·0.5) + 1·0.5 + 1·(1 + 1·(−1)))·2", d1.numbers());
        Evaluation ev = Engine.evaluate(g);
        for (Derivative d : List.of(d1, d2)) {
            assertEquals(ev.grad(d.wrt()), d.value());
            assertEquals(FiniteDifference.estimate(g, d.wrt()), d.value(), 1e-6);
            assertEquals(d.value(), FormulaNumbers.value(d.factored(), g, ev), 1e-12);
        }
    }

    @Test
    void ofAnInnerNodeIsEvaluatedAsItsOwnOutput() {
        Graph g = ChainRuleTest.ex7();
        // ∂f/∂a = ∂f/∂a + ∂f/∂d·∂d/∂a = 1 + (−1)·0.5 = 0.5
        Derivative d = ChainRule.derive(g, "f", "a");
        assertEquals(0.5, d.value(), 1e-12);
        assertEquals("e", g.outputId(), "the graph itself is not changed");
    }

    @Test
    void recurrenceValuesMatchBackpropagationThroughTime() {
        Graph g = ChainRuleTest.rnn();
        Evaluation ev = Engine.evaluate(g);
        for (String wrt : List.of("u", "w", "v", "x", "h.init")) {
            Derivative d = ChainRule.derive(g, "y", wrt);
            assertEquals(ev.grad(wrt), d.value(), wrt);
            assertEquals(FiniteDifference.estimate(g, wrt), d.value(), 1e-6, wrt);
            assertEquals(d.value(), FormulaNumbers.value(d.factored(), g, ev), 1e-9, wrt);
        }
        // TUM P10b by hand: h1 = relu(3·3 + 2·1) = 11, h2 = relu(3·11 + 2·2) = 37, y = −37;
        // dy/du = v·(h1 + u·h0) = −1·(11 + 3·3) = −20
        assertEquals(-20, ChainRule.derive(g, "y", "u").value(), 1e-12);
    }

    private static double sum(List<Double> vs) {
        double s = 0;
        for (double v : vs) s += v;
        return s;
    }

    /**
     * Every exam graph in graphs/, of = its output, wrt = each node, each init read through a delay, each
     * neuron weight and bias:
     * the engine's gradient equals the sum over paths of the products of the local derivatives, and
     * the factored formula stands for the same paths.
     */
    @Test
    void everyExamGraph() throws Exception {
        int checked = 0, refused = 0;
        try (var files = java.nio.file.Files.list(ShippedGraphs.dir())) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Graph g = org.chainrule.io.GraphFile.read(f);
                if (g.hasTensors()) continue; // written out for scalar graphs only (ChainRule refuses tensors)
                String of = g.output().id();
                List<String> wrts = new ArrayList<>();
                for (Node n : g.nodes()) wrts.add(n.id());
                for (org.chainrule.model.Quantity q : org.chainrule.model.Quantity.all(g)) {
                    // inits read through a delay, and every neuron's weights and bias
                    if (q.kind() != org.chainrule.model.Quantity.Kind.VALUE) wrts.add(q.key());
                }
                for (String wrt : wrts) {
                    Derivative d;
                    try {
                        d = ChainRule.derive(g, of, wrt);
                    } catch (IllegalArgumentException tooMany) {
                        // the LSTM over 50 steps: its paths multiply at every step, and symbolic refuses to write them
                        assertTrue(tooMany.getMessage().contains("too many to write out"), tooMany.getMessage());
                        refused++;
                        continue;
                    }
                    assertEquals(Engine.evaluate(g).grad(wrt), d.value(), wrt);
                    String where = f.getFileName() + " ∂" + of + "/∂" + wrt + " = " + d.expression();
                    assertEquals(d.value(), sum(d.pathValues()), 1e-9 * (1 + Math.abs(d.value())), where);
                    assertEquals(FormulaNumbers.asEdges(d.paths()), new HashSet<>(FormulaNumbers.expand(d.factored())), where);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
        assertTrue(refused < checked / 4, "refused as too many paths: " + refused);
    }

    /**
     * Random layered DAGs of smooth ops: the factored formula multiplies out to exactly the path set
     * (each path once), writes no more partials than the plain sum, and its number is the engine's.
     */
    @Test
    void randomGraphsFactorToTheirPaths() {
        Random r = new Random(7);
        Op[] ops = {Op.ADD, Op.MUL, Op.TANH, Op.SIGMOID, Op.SIN};
        for (int round = 0; round < 200; round++) {
            Graph g = new Graph();
            List<Node> nodes = new ArrayList<>();
            int inputs = 1 + r.nextInt(3);
            for (int i = 0; i < inputs; i++) {
                Node n = g.add("x" + i, Op.INPUT);
                n.setValue(0.3 + r.nextDouble());
                nodes.add(n);
            }
            int inner = 2 + r.nextInt(8);
            for (int i = 0; i < inner; i++) {
                Op op = ops[r.nextInt(ops.length)];
                Node n = g.add("n" + i, op);
                int k = op.maxArity() == 1 ? 1 : 1 + r.nextInt(3);
                for (int a = 0; a < k; a++) g.connect(nodes.get(r.nextInt(nodes.size())), n);
                nodes.add(n);
            }
            // the last node collects every sink so there is one output
            Node out = g.add("out", Op.ADD);
            for (Node n : new ArrayList<>(g.sinks())) if (n != out) g.connect(n, out);
            g.setOutputId("out");
            Evaluation ev = Engine.evaluate(g);
            for (Node wrt : nodes) {
                Derivative d = ChainRule.derive(g, "out", wrt.id());
                List<List<Term.Partial>> expanded = FormulaNumbers.expand(d.factored());
                assertEquals(FormulaNumbers.asEdges(d.paths()), new HashSet<>(expanded), d.expression());
                assertEquals(d.paths().size(), d.paths().isEmpty() ? 0 : expanded.size(), d.expression());
                assertTrue(d.factored().size() <= Factoring.expanded(d.paths()).size(), d.expression());
                assertEquals(ev.grad(wrt.id()), d.value());
                assertEquals(d.value(), sum(d.pathValues()), 1e-9 * (1 + Math.abs(d.value())), d.expression());
                if (!d.paths().isEmpty()) {
                    assertEquals(d.value(), FormulaNumbers.value(d.factored(), g, ev), 1e-9 * (1 + Math.abs(d.value())),
                            d.expression());
                }
            }
        }
    }

    /**
     * Random recurrent graphs (delayed edges of delay 1 or 2 running backwards, self-loops, up to 3
     * steps): for every node and every init read through a delay, the sum over the unrolled paths of the
     * products of local derivatives is backpropagation through time's gradient.
     */
    @Test
    void randomRecurrentGraphsMatchBackpropagationThroughTime() {
        Random r = new Random(11);
        Op[] ops = {Op.ADD, Op.MUL, Op.TANH, Op.SIGMOID};
        int checked = 0;
        for (int round = 0; round < 150; round++) {
            Graph g = new Graph();
            List<Node> nodes = new ArrayList<>();
            int steps = 1 + r.nextInt(3);
            Node x = g.add("x", Op.INPUT);
            List<Double> xs = new ArrayList<>();
            for (int t = 0; t < steps; t++) xs.add(0.2 + r.nextDouble());
            x.setValues(xs);
            nodes.add(x);
            int inner = 2 + r.nextInt(5);
            for (int i = 0; i < inner; i++) {
                Op op = ops[r.nextInt(ops.length)];
                Node n = g.add("n" + i, op);
                n.setInit(r.nextDouble() - 0.5);
                int k = op.maxArity() == 1 ? 1 : 1 + r.nextInt(2);
                for (int a = 0; a < k; a++) g.connect(nodes.get(r.nextInt(nodes.size())), n);
                nodes.add(n);
            }
            // delayed edges backwards (from a later node to an earlier one) and a self-loop now and then
            for (int k = 0; k < 2; k++) {
                int a = 1 + r.nextInt(inner), b = 1 + r.nextInt(inner);
                Node from = nodes.get(Math.max(a, b)), to = nodes.get(Math.min(a, b));
                if (to.op().maxArity() == 1 && !g.incoming(to).isEmpty()) continue;
                org.chainrule.model.Edge e = g.connect(from, to);
                e.setDelay(from == to ? 1 : 1 + r.nextInt(2));
            }
            Node out = g.add("out", Op.ADD);
            for (Node n : nodes) if (n != x) g.connect(n, out);
            g.setOutputId("out");
            Evaluation ev = Engine.evaluate(g);
            List<String> wrts = new ArrayList<>();
            for (Node n : g.nodes()) wrts.add(n.id());
            for (org.chainrule.model.Quantity q : org.chainrule.model.Quantity.all(g)) {
                if (q.kind() == org.chainrule.model.Quantity.Kind.INIT) wrts.add(q.key());
            }
            for (String wrt : wrts) {
                Derivative d = ChainRule.derive(g, "out", wrt);
                String where = "round " + round + " ∂out/∂" + wrt + " = " + d.expression();
                assertEquals(ev.grad(wrt), d.value(), where);
                assertEquals(d.value(), sum(d.pathValues()), 1e-9 * (1 + Math.abs(d.value())), where);
                assertEquals(FormulaNumbers.asEdges(d.paths()), new HashSet<>(FormulaNumbers.expand(d.factored())), where);
                checked++;
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }
}
