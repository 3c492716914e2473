package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExprCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tumP6bSkipConnection() {
        // TUM I2DL 2021 P6b at w = 0.001, x = 2: y = max(0.002 + 2, 0) = 2.002, dy/dx = w + 1 = 1.001, dy/dw = x = 2
        Run r = run("expr", "y = max(w*x + x, 0)", "--set", "w=0.001,x=2", "--params", "w", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("y", o.get("output").getAsString());
        assertEquals(2.002, o.get("value").getAsDouble(), 1e-15);
        assertEquals(1.001, o.getAsJsonObject("grads").get("x").getAsDouble(), 1e-15);
        assertEquals(2.0, o.getAsJsonObject("grads").get("w").getAsDouble());
        assertEquals("", r.err());
    }

    @Test
    void printsLikeEvalForPeople() {
        Run r = run("expr", "max(w*x, 0)", "--set", "w=0.001,x=2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("output max1 = 0.002\n"), r.out());
        assertTrue(r.out().contains("gradients ∂max1/∂·:"), r.out());
    }

    @Test
    void anExpressionMayStartWithMinus() {
        // −x² at x = 3: −9, derivative −2x = −6
        Run r = run("expr", "--json", "-x^2", "--set", "x=3");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(-9.0, o.get("value").getAsDouble());
        assertEquals(-6.0, o.getAsJsonObject("grads").get("x").getAsDouble());
    }

    @Test
    void errorsPointAtTheColumn() {
        Run r = run("expr", "max(w*x + , 0)", "--set", "w=1,x=2");
        assertEquals(2, r.code());
        assertEquals("chainrule expr: expression, column 10: expected an operand\n"
                + "  max(w*x + , 0)\n"
                + "           ^\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingValuesAreNamed() {
        Run r = run("expr", "w*x + b", "--set", "x=1");
        assertEquals(2, r.code());
        assertEquals("chainrule expr: identifiers w, b have no value: give them with --set w=...\n", r.err());
        Run one = run("expr", "w*x", "--set", "x=1");
        assertEquals("chainrule expr: identifier w has no value: give it with --set w=...\n", one.err());
        Run unknown = run("expr", "w*x", "--set", "w=1,x=1,z=3");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no key 'z'"), unknown.err());
        Run badParam = run("expr", "w*x", "--set", "w=1,x=1", "--params", "q");
        assertEquals("chainrule expr: param 'q' is not an identifier of the expression w*x\n", badParam.err());
        assertEquals(2, run("expr").code());
        assertEquals(2, run("expr", "x", "y").code());
    }

    @Test
    void writesALaidOutGraphFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("skip.json");
        Run r = run("expr", "max(w*x + x, 0)", "--params", "w", "--set", "w=0.001,x=2", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("saved " + file + "\n"), r.out());
        Graph g = GraphFile.read(file);
        assertEquals("max1", g.outputId());
        assertEquals(0.001, g.node("w").valueAt(1));
        for (Node n : g.nodes()) assertTrue(n.hasPosition(), n.id());
        assertTrue(g.node("x").x() < g.node("max1").x());
        // the saved file evaluates to the same numbers
        Run again = run("eval", file.toString(), "--json");
        assertEquals(2.002, JsonParser.parseString(again.out()).getAsJsonObject().get("value").getAsDouble(), 1e-15);
        assertFalse(Files.readString(file).isEmpty());
    }
}
