package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code expr} calling functions given with {@code --define} or taken from a graph file with {@code --functions}. */
class ExprFunctionsTest extends CliCase {
    @TempDir
    Path dir;

    private JsonObject json(String... args) {
        assertEquals(0, run(args), stderr());
        return JsonParser.parseString(stdout()).getAsJsonObject();
    }

    @Test
    void aDefinedFunctionGivesTheNumbersOfItsBodyWrittenInline() {
        JsonObject inline = json("expr", "L = log(1 + exp(w*x))", "--set", "w=2,x=0.5", "--params", "w", "--json");
        JsonObject called = json("expr", "L = softplus(w*x)", "--define", "softplus(a) = log(1 + exp(a))",
                "--set", "w=2,x=0.5", "--params", "w", "--json");
        JsonObject fromFile = json("expr", "L = softplus(w*x)", "--functions", ShippedGraphs.path("softplus-function.json").toString(),
                "--set", "w=2,x=0.5", "--params", "w", "--json");
        for (JsonObject o : new JsonObject[] {called, fromFile}) {
            assertEquals(inline.get("value").getAsDouble(), o.get("value").getAsDouble(), 1e-12);
            for (String k : new String[] {"w", "x"}) {
                assertEquals(inline.getAsJsonObject("grads").get(k).getAsDouble(), o.getAsJsonObject("grads").get(k).getAsDouble(), 1e-12, k);
            }
        }
        assertTrue(Math.abs(called.get("value").getAsDouble() - Math.log(1 + Math.E)) < 1e-12, called.toString());
    }

    @Test
    void theSavedGraphCarriesTheDefinitionAndItsGradientsMatchCentralDifferences() {
        Path out = dir.resolve("sp.json");
        assertEquals(0, run("expr", "L = softplus(w*x) + g(x, w)", "--define", "softplus(a) = log(1 + exp(a))",
                "--define", "g(a, b) = softplus(a*b) * a", "--set", "w=-1.5,x=0.75", "--params", "w", "-o", out.toString()), stderr());
        Graph g = GraphFile.read(out);
        assertNotNull(g.function("softplus"));
        assertNotNull(g.function("g"));
        Evaluation ev = Engine.evaluate(g);
        for (String k : new String[] {"w", "x"}) assertEquals(FiniteDifference.estimate(g, k), ev.grad(k), 1e-6, k);
    }

    @Test
    void aBadDefinitionIsNamedOnOneLine() {
        assertEquals(2, run("expr", "L = g(x)", "--define", "g(a) = a + b", "--set", "x=1"));
        String e = stderr().strip();
        assertFalse(e.contains("\n"), e);
        assertTrue(e.contains("function definition 'g(a) = a + b': body, column") && e.contains("'b'"), e);

        assertEquals(2, run("expr", "L = f(x)", "--define", "f(a) = g(a) + 1", "--define", "g(a) = f(a)", "--set", "x=1"));
        assertTrue(stderr().contains("recursion: f -> g -> f"), stderr());

        assertEquals(2, run("expr", "L = f(x)", "--define", "f = x + 1", "--set", "x=1"));
        assertTrue(stderr().contains("write it as name(a, b) = body"), stderr());

        // a call with the wrong number of arguments is an expression error: its place, then the caret line
        assertEquals(2, run("expr", "L = f(x, x)", "--define", "f(a) = a", "--set", "x=1"));
        assertTrue(stderr().contains("column 5: f takes 1 argument, not 2"), stderr());
    }
}
