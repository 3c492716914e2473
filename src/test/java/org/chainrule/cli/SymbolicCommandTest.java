package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.chainrule.cli.ExprCommandTest.Run;
import org.chainrule.engine.Engine;
import org.chainrule.io.GraphFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolicCommandTest {
    private static Run run(String... args) {
        return ExprCommandTest.run(args);
    }

    /** The skip connection written to a file by {@code expr}, as a user would. */
    private static Path skip(Path dir) {
        Path file = dir.resolve("skip.json");
        Run r = run("expr", "y = max(w*x + x, 0)", "--params", "w", "--set", "w=0.001,x=2", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        return file;
    }

    @Test
    void skipConnectionHasTwoPaths(@TempDir Path dir) {
        Path file = skip(dir);
        Run r = run("symbolic", file.toString(), "--of", "y", "--wrt", "x");
        assertEquals(0, r.code(), r.err());
        // at w = 0.001, x = 2: add1 = 2.002 > 0 wins the max (∂y/∂add1 = 1), ∂mul1/∂x = w = 0.001
        assertEquals("dy/dx = ∂y/∂add1·(∂add1/∂mul1·∂mul1/∂x + ∂add1/∂x)\n"
                + "      = 1·(1·0.001 + 1)\n"
                + "      = 1.001\n"
                + "\n"
                + "2 paths from x to y, each with the product of its local derivatives:\n"
                + "  x → mul1 → add1 → y   0.001\n"
                + "  x → add1 → y          1\n", r.out());
    }

    @Test
    void jsonHasTheFormulaPathsAndTheEnginesNumber(@TempDir Path dir) {
        Path file = skip(dir);
        Run r = run("symbolic", file.toString(), "--wrt", "x", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("∂y/∂add1·(∂add1/∂mul1·∂mul1/∂x + ∂add1/∂x)", o.get("expression").getAsString());
        assertTrue(o.get("latex").getAsString().startsWith("\\frac{\\partial y}{\\partial \\mathrm{add}_{1}}"));
        JsonArray paths = o.getAsJsonArray("paths");
        assertEquals(2, paths.size());
        assertEquals("[\"x\",\"mul1\",\"add1\",\"y\"]", paths.get(0).toString());
        assertEquals(Engine.evaluate(GraphFile.read(file)).grad("x"), o.get("value").getAsDouble());
        assertEquals("1·(1·0.001 + 1)", o.get("numbers").getAsString());
        assertEquals("[0.001,1.0]", o.getAsJsonArray("path_values").toString());
    }

    @Test
    void latexLine(@TempDir Path dir) {
        Run r = run("symbolic", skip(dir).toString(), "--of", "y", "--wrt", "w", "--latex");
        assertEquals("\\frac{\\mathrm{d} y}{\\mathrm{d} w} = \\frac{\\partial y}{\\partial \\mathrm{add}_{1}} \\cdot "
                + "\\frac{\\partial \\mathrm{add}_{1}}{\\partial \\mathrm{mul}_{1}} \\cdot "
                + "\\frac{\\partial \\mathrm{mul}_{1}}{\\partial w}\n", r.out());
    }

    @Test
    void badNodesAndMissingOptions(@TempDir Path dir) {
        String file = skip(dir).toString();
        Run r = run("symbolic", file, "--wrt", "q");
        assertEquals(2, r.code());
        assertEquals("chainrule symbolic: " + file + ": --wrt: no node 'q' in the graph\n", r.err());
        assertEquals(2, run("symbolic", file).code());
        assertEquals(2, run("symbolic", file, "--of", "nope", "--wrt", "x").code());
        assertEquals(2, run("symbolic", dir.resolve("missing.json").toString(), "--wrt", "x").code());
    }
}
