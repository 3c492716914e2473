package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends CliCase {
    private static final String P6B = "{\"format\": \"chainrule\", \"version\": 1, \"name\": \"P6b\", \"output\": \"y\", \"nodes\": ["
            + "{\"id\": \"x\", \"op\": \"input\", \"value\": 2}, {\"id\": \"w\", \"op\": \"param\", \"value\": 0.001},"
            + "{\"id\": \"wx\", \"op\": \"mul\"}, {\"id\": \"s\", \"op\": \"add\"}, {\"id\": \"zero\", \"op\": \"const\", \"value\": 0},"
            + "{\"id\": \"y\", \"op\": \"max\"}], \"edges\": [{\"from\": \"w\", \"to\": \"wx\"}, {\"from\": \"x\", \"to\": \"wx\"},"
            + "{\"from\": \"wx\", \"to\": \"s\"}, {\"from\": \"x\", \"to\": \"s\"}, {\"from\": \"s\", \"to\": \"y\"}, {\"from\": \"zero\", \"to\": \"y\"}]}";

    @TempDir Path dir;
    Path file;

    @BeforeEach
    void write() throws Exception {
        file = dir.resolve("p6b.json");
        Files.writeString(file, P6B);
    }

    @Test
    void evalJsonHasTheDocumentedShapeAndTheEnginesNumbers() {
        assertEquals(0, run("eval", file.toString(), "--json"));
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        Evaluation ev = Engine.evaluate(GraphFile.read(file));
        assertEquals("y", o.get("output").getAsString());
        assertEquals(1, o.get("timesteps").getAsInt());
        assertEquals(ev.value(), o.get("value").getAsDouble(), 0);
        assertEquals(ev.grad("x"), o.getAsJsonObject("grads").get("x").getAsDouble(), 0);
        assertEquals(ev.grad("w"), o.getAsJsonObject("grads").get("w").getAsDouble(), 0);
        assertEquals(6, o.getAsJsonObject("values").size());
        assertEquals(0, o.getAsJsonObject("series").size());
        assertEquals(1.001, o.getAsJsonObject("grads").get("x").getAsDouble(), 1e-12);
    }

    @Test
    void setChangesAKeyBeforeEvaluating() {
        assertEquals(0, run("eval", file.toString(), "--json", "--set", "w=0.5"));
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(1.5, o.getAsJsonObject("grads").get("x").getAsDouble(), 1e-12); // 1 + w
    }

    @Test
    void stepsUnrolledEndsWithTheTotalsOfTheFoldedGraph() {
        // TUM P10b: the same totals over time, folded or unrolled, at the end of the text
        String p10b = org.chainrule.ShippedGraphs.path("tum-p10b-rnn-neuron.json").toString();
        java.util.List<String> totals = org.chainrule.engine.Engine.evaluate(org.chainrule.ShippedGraphs.read("tum-p10b-rnn-neuron.json")).trace().totals();
        for (String[] args : new String[][] {{"steps", p10b}, {"steps", p10b, "--unrolled"}}) {
            assertEquals(0, run(args));
            String text = stdout();
            int block = text.indexOf("\ntotals over the time steps:\n");
            assertTrue(block > 0, text);
            for (String t : totals) {
                if (t.contains("∂")) continue;
                assertTrue(text.substring(block).contains("             " + t + "\n"), String.join(" ", args) + " lacks " + t + ":\n" + text);
            }
        }
        assertTrue(stdout().contains("dy_2/du⟨2⟩ = "), stdout());
        assertTrue(stdout().contains("             dy_2/du = −11 + (−9) = −20\n"), stdout());
    }

    @Test
    void stepsJsonListsEveryNodeOnceInEachPhase() {
        assertEquals(0, run("steps", file.toString(), "--json"));
        JsonArray steps = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("steps");
        assertEquals(12, steps.size());
        JsonObject first = steps.get(0).getAsJsonObject();
        assertEquals("forward", first.get("phase").getAsString());
        assertTrue(first.has("value"));
        JsonObject last = steps.get(11).getAsJsonObject();
        assertEquals("backward", last.get("phase").getAsString());
        assertEquals("x", last.get("node").getAsString());
        assertEquals(1.001, last.get("grad").getAsDouble(), 1e-12);
    }

    @Test
    void trainSavesToOutAndLeavesTheInputAlone() throws Exception {
        Path o = dir.resolve("trained.json");
        assertEquals(0, run("train", file.toString(), "--lr", "0.1", "-o", o.toString()));
        assertEquals(P6B, Files.readString(file));
        // w ← 0.001 − 0.1 · 2 = −0.199
        assertEquals(-0.199, GraphFile.read(o).node("w").valueAt(1), 1e-12);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        assertEquals(2, run("eval", dir.resolve("nope.json").toString()));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).strip().lines().count());
        assertEquals(2, run("eval", file.toString(), "--set", "nope=1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no key 'nope'"));
        assertEquals(2, run("train", file.toString()));
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void checkReportsProblemsWithExitOne() throws Exception {
        assertEquals(0, run("check", file.toString()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, P6B.replace("\"op\": \"max\"", "\"op\": \"sub\"").replace("{\"from\": \"zero\", \"to\": \"y\"}", "{\"from\": \"zero\", \"to\": \"s\"}"));
        assertEquals(1, run("check", bad.toString()));
        assertTrue(stdout().contains("node 'y': sub takes 2 inputs, has 1"), stdout());
    }
}
