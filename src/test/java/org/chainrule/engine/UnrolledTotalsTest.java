package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.api.Test;

/**
 * TUM P10b unrolled (the stepper's unrolled view, {@code steps --unrolled}): each time step's part of a
 * shared weight is a contribution tagged with its step, never written as the total, and the totals come
 * as sums, the same lines as the folded graph's ({@link Totals}), each the engine's gradient of the folded
 * key and the central difference's.
 */
class UnrolledTotalsTest {
    /** A sum of contributions as exams write it: {@code −11 + (−9)}. */
    private static String sum(List<Double> parts) {
        StringBuilder s = new StringBuilder();
        for (double p : parts) {
            String n = Numbers.human(p);
            s.append(s.length() == 0 ? n : " + " + (p < 0 ? "(" + n + ")" : n));
        }
        return s.toString();
    }

    @Test
    void theNeuronCellsWeightsAreTaggedPerStepAndTotalledAsTheFoldedOnes() {
        Graph g = ShippedGraphs.read("tum-p10b-rnn-neuron.json");
        Evaluation folded = Engine.evaluate(g);
        Graph u = Unroller.unroll(g);
        Evaluation unrolled = Engine.evaluate(u);
        Trace tr = unrolled.trace();
        List<String> lines = NotationTest.lines(tr);
        String of = KeyNames.node(u.output());
        int weights = 0;
        for (Quantity q : Quantity.all(g)) {
            if (q.kind() != Quantity.Kind.WEIGHT) continue;
            String name = KeyNames.of(g, q.key());
            String total = KeyNames.total(of, name);
            // no step writes its own part as the total
            for (String l : lines) assertTrue(!l.startsWith(total + " = " + total), l);
            List<Double> parts = new ArrayList<>();
            for (int t = g.timesteps(); t >= 1; t--) {
                // the copy of the weight at step t: the edge with its label into the target's copy at t
                Edge copy = null;
                for (Edge e : u.incoming(u.node(Unroller.stepId(g.target(q.edge()).id(), t)))) {
                    if (q.edge().label().equals(e.label())) copy = e;
                }
                double part = unrolled.grad(u.key(copy));
                parts.add(part);
                String line = NotationTest.line(lines, KeyNames.total(of, KeyNames.at(name, t)));
                assertTrue(line.endsWith(" = " + Numbers.human(part)), line);
            }
            double grad = folded.grad(q.key());
            assertEquals(FiniteDifference.estimate(g, q.key()), grad, 1e-6, q.key());
            assertEquals(parts.stream().mapToDouble(Double::doubleValue).sum(), grad, 1e-9, q.key());
            String expected = total + " = " + sum(parts) + " = " + Numbers.human(grad);
            assertEquals(expected, NotationTest.line(lines, total));
            assertTrue(tr.totals().contains(expected), tr.totals() + " lacks " + expected);
            weights++;
        }
        assertEquals(3, weights);
        // the lines the exam asks for, the same as the folded graph's
        List<String> foldedSums = folded.trace().totals().stream().filter(l -> l.matches(".* = [^=]* \\+ [^=]* = [^=]*")).toList();
        assertTrue(foldedSums.size() >= 4, foldedSums.toString());
        assertTrue(tr.totals().containsAll(foldedSums), tr.totals() + " vs folded " + foldedSums);
        assertTrue(tr.totals().contains("dy_2/du = −11 + (−9) = −20"), tr.totals().toString());
        assertTrue(tr.totals().contains("dy_2/dw = −2 + (−3) = −5"), tr.totals().toString());
    }

    @Test
    void theOpGraphsSharedParamsAreTotalledAtTheEndAsTheFoldedOnes() {
        Graph g = ShippedGraphs.read("tum-p10b-rnn-ops.json");
        Evaluation folded = Engine.evaluate(g);
        Trace tr = Engine.evaluate(Unroller.unroll(g)).trace();
        for (String key : List.of("u", "w", "v", "h.init")) {
            double grad = folded.grad(key);
            assertEquals(FiniteDifference.estimate(g, key), grad, 1e-6, key);
            String lhs = KeyNames.total("y_2", KeyNames.of(g, key)) + " = ";
            List<String> found = tr.totals().stream().filter(l -> l.startsWith(lhs)).toList();
            assertEquals(1, found.size(), key + " in " + tr.totals());
            assertTrue(found.get(0).endsWith(" = " + Numbers.human(grad)), found.get(0));
        }
        List<String> foldedSums = folded.trace().totals().stream().filter(l -> !l.contains("∂")).toList();
        assertEquals(3, foldedSums.size(), foldedSums.toString());
        assertTrue(tr.totals().containsAll(foldedSums), tr.totals() + " vs folded " + foldedSums);
    }
}
