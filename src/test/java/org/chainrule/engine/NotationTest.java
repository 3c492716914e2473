package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.symbolic.ChainRule;
import org.chainrule.engine.symbolic.Derivative;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The chain rule as exams write it: the total derivative with d on the left, what it is made of on the
 * right (other totals and local partials ∂), so no explanation restates its left side on its right; and
 * backpropagation through time totalled once every step has contributed.
 */
class NotationTest {
    private static final double EPS = 1e-9;

    /** Where {@code symbol} stands as a whole symbol in {@code text} (not as the start of {@code dy/du⟨2⟩} or {@code dJ/dw[1]}). */
    static boolean mentions(String text, String symbol) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(symbol) + "(?![\\p{L}\\p{N}_⟨\\[(])").matcher(text).find();
    }

    /** The left side of an explanation line and what follows it. */
    static String[] split(String line) {
        if (line.startsWith("into ")) {
            int colon = line.indexOf(':');
            return new String[] {line.substring(5, colon), line.substring(colon + 1)};
        }
        int eq = line.indexOf(" = ");
        return new String[] {line.substring(0, eq), line.substring(eq + 3)};
    }

    @Test
    void noBackwardStepOfAShippedGraphRestatesItsLeftSide() throws Exception {
        List<Path> files = ShippedGraphs.files();
        assertFalse(files.isEmpty());
        int lines = 0;
        for (Path f : files) {
            Trace tr = Engine.evaluate(GraphFile.read(f)).trace();
            for (Step s : tr.steps()) {
                if (s.phase() != Phase.BACKWARD) continue;
                List<String> all = new ArrayList<>(s.details());
                all.add(0, s.text());
                for (String line : all) {
                    String[] p = split(line);
                    assertTrue(p[0].startsWith("d") && p[0].contains("/d"), f + ": a total on the left: " + line);
                    assertFalse(mentions(p[1], p[0]), ShippedGraphs.name(f) + " restates its left side: " + line);
                    lines++;
                }
            }
        }
        assertTrue(lines > 100, "explanation lines checked: " + lines);
    }

    @Test
    void noSymbolicFormulaOfAShippedGraphRestatesItsLeftSide() throws Exception {
        int formulas = 0, refused = 0;
        for (Path f : ShippedGraphs.files()) {
            Graph g = GraphFile.read(f);
            if (g.hasTensors()) continue; // the chain rule is written out for scalar graphs only
            String of = g.output().id();
            List<String> wrt = new ArrayList<>();
            for (Node n : g.nodes()) wrt.add(n.id());
            for (Quantity q : Quantity.all(g)) if (!wrt.contains(q.key())) wrt.add(q.key());
            for (String w : wrt) {
                Derivative d;
                try {
                    d = ChainRule.derive(g, of, w);
                } catch (IllegalArgumentException tooMany) {
                    // the LSTM over 50 steps: its paths multiply at every step, and symbolic refuses to write them
                    assertTrue(tooMany.getMessage().contains("too many to write out"), tooMany.getMessage());
                    refused++;
                    continue;
                }
                String where = ShippedGraphs.name(f) + " d/d" + w + ": ";
                assertTrue(d.lhs().startsWith("d"), where + d.lhs());
                assertFalse(d.expression().contains("d" + KeyNames.node(g.output()) + "/"), where + "totals on the right: " + d.expression());
                assertFalse(mentions(d.expression(), d.lhs()), where + d.equation());
                assertFalse(d.latex().contains("\\mathrm{d}"), where + d.latex());
                assertTrue(d.lhsLatex().startsWith("\\frac{\\mathrm{d} "), where + d.lhsLatex());
                formulas++;
            }
        }
        assertTrue(formulas > 50, "formulas checked: " + formulas);
        assertTrue(refused < formulas / 4, "refused as too many paths: " + refused);
    }

    /** Every explanation line of a trace, in order. */
    static List<String> lines(Trace tr) {
        List<String> out = new ArrayList<>();
        for (Step s : tr.steps()) {
            out.add(s.text());
            out.addAll(s.details());
        }
        return out;
    }

    /** The one line that starts with {@code lhs = }. */
    static String line(List<String> lines, String lhs) {
        List<String> found = lines.stream().filter(l -> l.startsWith(lhs + " = ")).toList();
        assertEquals(1, found.size(), lhs + " in " + found);
        return found.get(0);
    }

    @Test
    void p10bTotalsEveryTimeStepsContributionAsASum() {
        // TUM P10b, both drawings: h_t = ReLU(u·h_{t−1} + w·x_t), y_2 = v·h_2, h_0 = 3, w = 2, v = −1, u = 3
        for (String file : List.of("tum-p10b-rnn-neuron.json", "tum-p10b-rnn-ops.json")) {
            Graph g = ShippedGraphs.read(file);
            Evaluation ev = Engine.evaluate(g);
            String[] keys = file.contains("neuron") ? new String[] {"h->h", "x->h", "h->y", "h.init"}
                    : new String[] {"u", "w", "v", "h.init"};
            double du = ev.grad(keys[0]), dw = ev.grad(keys[1]), dv = ev.grad(keys[2]), dh0 = ev.grad(keys[3]);
            // the numbers the exam asks for
            assertEquals(-20, du, EPS);
            assertEquals(-5, dw, EPS);
            assertEquals(37, dv, EPS);
            assertEquals(-9, dh0, EPS);
            List<String> lines = lines(ev.trace());
            // each step's contribution under its own tag, then the total as their sum
            String u2 = line(lines, "dy_2/du⟨2⟩");
            String u1 = line(lines, "dy_2/du⟨1⟩");
            assertTrue(u2.endsWith(" = −11"), u2);
            assertTrue(u1.endsWith(" = −9"), u1);
            assertEquals("dy_2/du = −11 + (−9) = −20", line(lines, "dy_2/du"));
            assertEquals("dy_2/dw = −2 + (−3) = −5", line(lines, "dy_2/dw"));
            assertEquals("dy_2/dv = 37 + 0 = 37", line(lines, "dy_2/dv"));
            assertTrue(line(lines, "dy_2/dh_0").endsWith(" = −9"), file);
            // the total comes after both contributions, in the last step that contributes (u at t = 1)
            assertTrue(lines.indexOf(line(lines, "dy_2/du")) > lines.indexOf(u1), file);
        }
    }

    @Test
    void stepsCarryOnlyTheContractsFields() {
        // the totals are lines of the last contributing step: still one step per node per time step
        Graph g = ShippedGraphs.read("tum-p10b-rnn-ops.json");
        Trace tr = Engine.evaluate(g).trace();
        assertEquals(2 * g.nodeCount() * g.timesteps(), tr.size());
        Step last = tr.get(tr.size() - 1);
        assertEquals("u", last.nodeId());
        assertEquals(1, last.t());
        assertEquals(List.of("dy_2/du = −11 + (−9) = −20"), last.details());
    }

    @Test
    void denseNetReadsAsTheExamSolution() {
        // UiO IN5400 2018 Ex 1: dJ/dh_1 = dJ/dŷ · ∂ŷ/∂h_1 = 8 · 3 = 24, and dJ/dJ = 1 is no factor
        Trace tr = Engine.evaluate(ShippedGraphs.read("in5400-2018-dense.json")).trace();
        List<String> lines = lines(tr);
        assertEquals("dJ/dŷ = ∂J/∂ŷ = 8", line(lines, "dJ/dŷ"));
        assertEquals("dJ/dh_1 = dJ/dŷ · ∂ŷ/∂h_1 = 8 · 3 = 24", line(lines, "dJ/dh_1"));
        assertEquals("dJ/dw[2]_21 = dJ/dŷ · h_2 = 8 · (−2) = −16", line(lines, "dJ/dw[2]_21"));
        assertEquals("dJ/db(h_2) = dJ/dh_2 = 8", line(lines, "dJ/db(h_2)"));
        assertEquals("dJ/dw[1]_13 = dJ/dh_3 · x_1 = 16 · 1 = 16", line(lines, "dJ/dw[1]_13"));
    }
}
