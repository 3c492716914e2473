package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.engine.Engine;
import org.chainrule.io.GraphFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --summary} and the streamed path {@code eval} takes for big files. */
class EvalSummaryTest extends CliCase {
    @TempDir Path dir;

    private Path generated(int nodes) throws Exception {
        Path f = dir.resolve("random.json");
        new RandomLayeredGraph(nodes, 5).write(f);
        return f;
    }

    @Test
    void summaryPrintsTheOutputValueAndTimingsOnly() throws Exception {
        Path f = generated(2_500);
        double expected = Engine.evaluate(GraphFile.read(f)).value();
        assertEquals(0, run("eval", f.toString(), "--summary"));
        String[] lines = stdout().split("\n");
        assertEquals(3, lines.length, stdout());
        assertEquals("output out = " + expected, lines[0]);
        assertEquals("2,500 nodes, " + String.format(java.util.Locale.ROOT, "%,d", GraphFile.read(f).edgeCount()) + " edges, 1 time step", lines[1]);
        assertTrue(lines[2].matches("load [0-9.]+ s, forward \\+ backward [0-9.]+ s, total [0-9.]+ s"), lines[2]);
    }

    @Test
    void summaryAsJson() throws Exception {
        Path f = generated(900);
        assertEquals(0, run("eval", f.toString(), "--summary", "--json", "--set", "w0=0.25"));
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        var g = GraphFile.read(f);
        g.node("w0").setValue(0.25);
        assertEquals(Engine.evaluate(g).value(), o.get("value").getAsDouble(), 0.0);
        assertEquals(900, o.get("nodes").getAsInt());
        assertTrue(o.getAsJsonObject("seconds").has("load"));
    }

    @Test
    void streamedFullOutputIsTheModelPathsOutput() throws Exception {
        Path f = generated(400);
        assertEquals(0, run("eval", f.toString(), "--json"));
        String model = stdout();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        assertEquals(0, StreamedEval.run(f.toString(), null, true, false, new PrintStream(streamed, true, StandardCharsets.UTF_8), System.err));
        assertEquals(JsonParser.parseString(model), JsonParser.parseString(streamed.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void badKeyAndBadFileAreOneLineExitTwo() throws Exception {
        Path f = generated(400);
        assertEquals(2, run("eval", f.toString(), "--summary", "--set", "nope=1"));
        assertEquals("chainrule eval: --set: " + f + " has no key 'nope' (keys: ID, ID.bias, ID.init, FROM->TO)\n",
                err.toString(StandardCharsets.UTF_8));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [{\"id\": \"x\", \"op\": \"inptu\"}]}");
        assertEquals(2, run("eval", bad.toString(), "--summary"));
        String m = err.toString(StandardCharsets.UTF_8);
        assertTrue(m.startsWith("chainrule eval: " + bad + ": nodes[0] 'x': unknown op 'inptu'"), m);
        assertEquals(1, m.split("\n").length);
    }
}
