package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainrule.ShippedGraphs;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Forward mode against central differences and against the reverse pass, on random graphs with every op,
 * neurons, skip connections, self-loops and delayed edges over several time steps, and on the exam graphs.
 */
class ForwardModeTest {
    private static final double H = 1e-6;

    @Test
    void everyNodesTangentMatchesCentralDifferencesOfThatNode() {
        Random r = new Random(20261202);
        int checked = 0, tangents = 0;
        for (int attempt = 0; attempt < 4000 && checked < 200; attempt++) {
            Graph g = RandomGraphs.generate(r);
            Evaluation ev = Engine.evaluate(g);
            if (!GradientCheckTest.wellBehaved(ev)) continue;
            List<Quantity> keys = Quantity.all(g);
            Quantity q = keys.get(r.nextInt(keys.size()));
            Tangents tg = ForwardPasses.of(ev, q.key());
            for (Node n : g.nodes()) {
                // the node's change at t = T, by central differences of a copy whose output it is
                Graph probe = g.copy();
                probe.setOutputId(n.id());
                double numeric = FiniteDifference.estimate(probe, q.key(), H);
                double forward = tg.tangent(n);
                double tol = 1e-4 * Math.max(1, Math.max(Math.abs(forward), Math.abs(numeric)));
                assertEquals(numeric, forward, tol, () -> "∂" + n.id() + "/∂" + q.key() + " of\n" + GraphFile.toJson(g));
                tangents++;
            }
            checked++;
        }
        assertTrue(checked >= 150, "only " + checked + " graphs were usable");
        assertTrue(tangents > 600, "only " + tangents + " tangents checked");
    }

    @Test
    void theOutputsTangentIsTheReverseGradientOfEveryKey() {
        Random r = new Random(7);
        int keys = 0;
        for (int attempt = 0; attempt < 300; attempt++) {
            Graph g = RandomGraphs.generate(r);
            Evaluation ev = Engine.evaluate(g);
            if (!GradientCheckTest.wellBehaved(ev)) continue;
            for (Quantity q : Quantity.all(g)) {
                double reverse = ev.grad(q.key());
                double forward = ForwardPasses.of(ev, q.key()).output();
                assertEquals(reverse, forward, 1e-9 * Math.max(1, Math.abs(reverse)), () -> q.key() + " of\n" + GraphFile.toJson(g));
                keys++;
            }
        }
        assertTrue(keys > 500, "only " + keys + " keys checked");
    }

    /** The dot-product test of AD: for a random direction v, (forward pass along v) = Σ grad · v. */
    @Test
    void forwardAlongARandomDirectionIsTheReverseGradientDottedWithIt() {
        Random r = new Random(11);
        int checked = 0;
        for (int attempt = 0; attempt < 400; attempt++) {
            Graph g = RandomGraphs.generate(r);
            Evaluation ev = Engine.evaluate(g);
            if (!GradientCheckTest.wellBehaved(ev)) continue;
            Map<String, Double> v = new LinkedHashMap<>();
            double dot = 0;
            for (Quantity q : Quantity.all(g)) {
                double rate = r.nextGaussian();
                v.put(q.key(), rate);
                dot += rate * ev.grad(q.key());
            }
            double forward = ForwardPasses.along(ev, v).output();
            assertEquals(dot, forward, 1e-9 * Math.max(1, Math.abs(dot)), () -> v + " of\n" + GraphFile.toJson(g));
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " graphs checked");
    }

    @Test
    void p6bSkipConnectionForwardFromXGivesEveryNodesDerivative() {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        Tangents tg = ForwardPasses.of(ev, "x");
        assertEquals(ev.grad("x"), tg.output(), 1e-12);
        assertEquals(FiniteDifference.estimate(g, "x"), tg.output(), 1e-6);
        // ∂wx/∂x = w: the product moves by w per unit of x
        assertEquals(g.node("w").valueAt(1), tg.tangent(g.node("wx")), 1e-12);
        List<TangentStep> steps = tg.steps();
        assertEquals(g.nodeCount(), steps.size());
        TangentStep s = steps.stream().filter(st -> st.nodeId().equals("s")).findFirst().orElseThrow();
        assertEquals("(w·x + x)˙ = (w·x)˙ + ẋ", s.rule());
        assertTrue(s.text().endsWith(" = 0.001 + 1 = 1.001"), s.text());
    }

    @Test
    void p10bRecurrentTangentsAreCarriedForwardInTime() {
        Graph g = ShippedGraphs.read("tum-p10b-rnn-neuron.json");
        Evaluation ev = Engine.evaluate(g);
        for (String key : List.of("h->h", "x->h", "h.init", "h.bias", "x")) {
            Tangents tg = ForwardPasses.of(ev, key);
            assertEquals(ev.grad(key), tg.output(), 1e-9, key);
            assertEquals(FiniteDifference.estimate(g, key), tg.output(), 1e-5, key);
        }
        Tangents u = ForwardPasses.of(ev, "h->h");
        // h_1 = relu(u·h_0 + w·x_1): ∂h_1/∂u = h_0 at step 1, then ḣ_2 = u·ḣ_1 + h_1 at step 2
        Node h = g.node("h");
        assertEquals(h.init(), u.tangent(h, 1), 1e-12);
        double uWeight = g.edge("h->h").weight();
        assertEquals(uWeight * u.tangent(h, 1) + ev.value(h, 1), u.tangent(h, 2), 1e-12);
        List<String> texts = new ArrayList<>();
        for (TangentStep s : u.steps()) texts.add(s.text());
        assertEquals(2 * g.nodeCount(), texts.size());
        assertTrue(texts.get(1).startsWith("ḣ_1 = ∂h_1/∂x_1 · ẋ_1 + ∂h_1/∂h_0 · ḣ_0 + ∂h_1/∂u · (u)˙"), texts.get(1));
    }

    @Test
    void theReversePassSeededAtAnyNodeDifferentiatesThatNode() {
        Random r = new Random(3);
        int checked = 0;
        for (int attempt = 0; attempt < 200; attempt++) {
            Graph g = RandomGraphs.generate(r);
            Evaluation whole = Engine.evaluate(g);
            if (!GradientCheckTest.wellBehaved(whole)) continue;
            List<Node> nodes = new ArrayList<>(g.nodes());
            Node of = nodes.get(r.nextInt(nodes.size()));
            Evaluation ev = Engine.evaluate(g, of.id());
            assertEquals(of, ev.output());
            assertEquals(whole.value(of), ev.value(), 0);
            Graph probe = g.copy();
            probe.setOutputId(of.id());
            for (Quantity q : Quantity.all(g)) {
                double numeric = FiniteDifference.estimate(probe, q.key(), H);
                double seeded = ev.grad(q.key());
                assertEquals(numeric, seeded, 1e-4 * Math.max(1, Math.abs(numeric)), () -> "∂" + of.id() + "/∂" + q.key());
                assertEquals(ForwardPasses.of(whole, q.key()).tangent(of), seeded, 1e-9 * Math.max(1, Math.abs(seeded)));
            }
            checked++;
        }
        assertTrue(checked > 50, "only " + checked);
    }

    @Test
    void anUnknownKeyIsNamed() {
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("tum-p6b-skip.json"));
        assertEquals("no key 'q' in the graph", assertThrows(IllegalArgumentException.class, () -> ForwardPasses.of(ev, "q")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ForwardPasses.of(ev, "w->wx")).getMessage().contains("not a neuron"));
        assertThrows(IllegalArgumentException.class, () -> Engine.evaluate(ev.graph(), "nothing"));
    }
}
