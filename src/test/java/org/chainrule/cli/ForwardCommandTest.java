package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/** {@code eval --forward --wrt KEY}, {@code steps --forward --wrt KEY} and {@code eval --of ID}. */
class ForwardCommandTest extends CliCase {
    private static String file(String name) {
        return ShippedGraphs.path(name).toString();
    }

    @Test
    void evalForwardGivesEveryNodesTangentAsJson() {
        for (String key : new String[] {"x", "w"}) {
            assertEquals(0, run("eval", file("tum-p6b-skip.json"), "--forward", "--wrt", key, "--json"), stderr());
            JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
            Graph g = ShippedGraphs.read("tum-p6b-skip.json");
            JsonObject tangents = o.getAsJsonObject("tangents");
            assertEquals(g.nodeCount(), tangents.size());
            assertEquals(key, o.get("wrt").getAsString());
            assertEquals(Engine.evaluate(g).grad(key), tangents.get("y").getAsDouble(), 1e-12);
            assertEquals(FiniteDifference.estimate(g, key), o.get("tangent").getAsDouble(), 1e-6);
            assertEquals(1.0, tangents.get(key).getAsDouble(), 0);
        }
    }

    @Test
    void evalForwardThroughTimeMatchesBackpropagationThroughTime() {
        Graph g = ShippedGraphs.read("tum-p10b-rnn-neuron.json");
        Evaluation ev = Engine.evaluate(g);
        for (String key : new String[] {"h->h", "x->h", "h->y", "h.init", "h.bias"}) {
            assertEquals(0, run("eval", file("tum-p10b-rnn-neuron.json"), "--forward", "--wrt", key, "--json"), stderr());
            JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
            assertEquals(ev.grad(key), o.getAsJsonObject("tangents").get("y").getAsDouble(), 1e-12, key);
        }
        assertEquals(0, run("eval", file("tum-p10b-rnn-neuron.json"), "--forward", "--wrt", "h->h"));
        assertTrue(stdout().startsWith("forward mode with respect to h->h: dy/du = −20"), stdout());
    }

    @Test
    void stepsForwardWritesEachTangentWithItsRuleAndNumbers() {
        assertEquals(0, run("steps", file("tum-p6b-skip.json"), "--forward", "--wrt", "x"));
        assertTrue(stdout().contains("(w·x + x)˙ = (w·x)˙ + ẋ = 0.001 + 1 = 1.001"), stdout());
        assertEquals(0, run("steps", file("tum-p6b-skip.json"), "--forward", "--wrt", "x", "--json"));
        JsonArray steps = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("steps");
        assertEquals(ShippedGraphs.read("tum-p6b-skip.json").nodeCount(), steps.size());
        JsonObject last = steps.get(steps.size() - 1).getAsJsonObject();
        assertEquals("tangent", last.get("phase").getAsString());
        assertEquals("y", last.get("node").getAsString());
        assertEquals(Engine.evaluate(ShippedGraphs.read("tum-p6b-skip.json")).grad("x"), last.get("tangent").getAsDouble(), 1e-12);
        assertTrue(last.get("rule").getAsString().startsWith("ẏ = "), last.toString());
        // a negative factor after a plus sign is in brackets, as the reverse pass writes it: v = −1
        assertEquals(0, run("steps", file("tum-p10b-rnn-ops.json"), "--forward", "--wrt", "u"));
        assertTrue(stdout().contains("= 37 · 0 + (−1) · 20 = −20"), stdout());
        assertFalse(stdout().contains("+ −"), stdout());
    }

    @Test
    void aFunctionNodesStepHasItsLocalDerivativeFromTheBody() {
        assertEquals(0, run("steps", file("softplus-function.json"), "--forward", "--wrt", "b"));
        assertTrue(stdout().contains("∂y/∂z = ∂softplus/∂a at a = 0: "), stdout());
        assertEquals(0, run("steps", file("softplus-function.json")));
        assertTrue(stdout().contains("∂y/∂z = ∂softplus/∂a at a = 0: "), stdout());
    }

    @Test
    void evalOfSeedsTheReversePassAtAnotherNode() {
        assertEquals(0, run("eval", file("tum-p6b-skip.json"), "--of", "s", "--json"));
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals("s", o.get("output").getAsString());
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        g.setOutputId("s");
        JsonObject grads = o.getAsJsonObject("grads");
        for (String key : new String[] {"w", "x"}) assertEquals(FiniteDifference.estimate(g, key), grads.get(key).getAsDouble(), 1e-6);
        assertEquals(0.0, grads.get("y").getAsDouble(), 0);
    }

    @Test
    void wrongUseIsOneLineAndExitTwo() {
        String p6b = file("tum-p6b-skip.json");
        String[][] bad = {
            {"eval", p6b, "--forward"}, {"eval", p6b, "--wrt", "x"}, {"eval", p6b, "--forward", "--wrt", "nope"},
            {"eval", p6b, "--forward", "--wrt", "x", "--of", "s"}, {"eval", p6b, "--of", "nope"},
            {"steps", p6b, "--forward", "--wrt", "w->wx"}, {"eval", p6b, "--summary", "--of", "s"},
        };
        for (String[] args : bad) {
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals(1, stderr().strip().lines().count(), stderr());
            assertFalse(stderr().contains("Exception"), stderr());
        }
        run("eval", p6b, "--forward", "--wrt", "nope");
        assertEquals("chainrule eval: --wrt nope: no key 'nope' in the graph", stderr().strip());
    }
}
