package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tensors from the command line: nested lists in and out, keys that name whole tensors, and bad shapes refused. */
class TensorCliTest extends CliCase {
    @TempDir
    Path dir;

    private static String dense() { return ShippedGraphs.path("in5400-2018-dense-matrices.json").toString(); }

    @Test
    void evalWritesTensorsAsNestedLists() {
        assertEquals(0, run("eval", dense(), "--json"), stderr());
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("in5400-2018-dense-matrices.json"));
        assertEquals(ev.value(), o.get("value").getAsDouble());
        assertEquals("[[24.0,8.0,16.0],[72.0,24.0,48.0]]", o.getAsJsonObject("grads").get("W1").toString());
        assertEquals(JsonOutput.tensor(ev.tensorValues().get("h")), o.getAsJsonObject("values").get("h"));
    }

    @Test
    void stepsWriteTheVectorisedRuleAndTheWholeTensor() {
        assertEquals(0, run("steps", dense(), "--json"), stderr());
        com.google.gson.JsonArray steps = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("steps");
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("in5400-2018-dense-matrices.json"));
        boolean seen = false;
        for (var e : steps) {
            JsonObject s = e.getAsJsonObject();
            if (!s.get("node").getAsString().equals("W1") || !s.get("phase").getAsString().equals("backward")) continue;
            assertEquals(JsonOutput.tensor(ev.gradTensor("W1")), s.get("grad"));
            assertTrue(s.get("text").getAsString().startsWith("dJ/dW1 = xᵀ · dJ/d(x·W1) = [[24, 8, 16], [72, 24, 48]]"), s.toString());
            seen = true;
        }
        assertTrue(seen);
    }

    @Test
    void setTakesAWholeTensor() {
        assertEquals(0, run("eval", dense(), "--set", "W1=[[1,0,0],[0,1,0]],b2=0", "--json"), stderr());
        JsonObject values = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonObject("values");
        assertEquals("[2.0,3.0,-1.0]", values.get("h").toString()); // x·W1 = [1, 3, 0], + b1 = [1, 0, −1]
    }

    @Test
    void trainUpdatesTensorParamsElementwise() {
        assertEquals(0, run("train", dense(), "--lr", "2", "--json"), stderr());
        JsonObject after = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonObject("after");
        assertEquals(-16, after.getAsJsonArray("b1").get(1).getAsDouble());
        assertEquals(-29, after.getAsJsonArray("W1").get(0).getAsJsonArray().get(2).getAsDouble());
    }

    @Test
    void badShapesGetOneLineNamingTheNodeAndBothShapes() throws Exception {
        String text = Files.readString(Path.of(dense()));
        assertRefused(write("matmul.json", text.replace("\"shape\": [2], \"value\": [1, 3]", "\"shape\": [3], \"value\": [1, 3, 4]")),
                "node 'xW1': matmul of [3] and [2, 3]");
        assertRefused(write("output.json", text.replace("\"output\": \"J\"", "\"output\": \"h\"")),
                "node 'h': the output is a tensor of shape [3]");
        assertRefused(write("value.json", text.replace("\"value\": [1, 3]", "\"value\": [1, 3, 5]")),
                "a value of shape [3] does not match \"shape\": [2]");
        assertEquals(2, run("eval", dense(), "--set", "W1=[[1,2],[3,4]]"));
        assertOneLine("--set W1: W1 has shape [2, 3], not [2, 2]");
        String rnn = Files.readString(ShippedGraphs.path("tum-p10a-vector-rnn.json"));
        assertRefused(write("delay.json", rnn.replace("\"init\": [0, 0]", "\"init\": [0, 0, 0]").replace("\"init\":[0,0]", "\"init\":[0,0,0]")),
                "node 'hW': matmul of [3] and [2, 2] (the inner sizes differ); 'h' is read through a delayed edge with its init of shape [3]");
        String lstm = Files.readString(ShippedGraphs.path("tum-p10c-lstm-vectors.json"));
        assertRefused(write("concat.json", lstm.replace("\"shape\": [2], \"value\": [[1, 0], [0.5, -1], [-1, 0.5]]",
                        "\"shape\": [1, 2], \"value\": [[[1, 0]], [[0.5, -1]], [[-1, 0.5]]]")),
                "node 'z': concat of [1, 2] and [2] (they differ in more than their last axis)");
    }

    @Test
    void exportScalarDrawsTheExpandedGraph() throws Exception {
        Path svg = dir.resolve("scalar.svg");
        assertEquals(0, run("export", dense(), "--scalar", "-o", svg.toString(), "--annotate", "both"), stderr());
        String s = Files.readString(svg);
        assertTrue(s.contains("x·W1") && s.contains(">[3]<"), "one node per element");
        assertFalse(s.contains("W1_1_1"), "a weight matrix's elements are edge weights, not nodes");
        assertTrue(s.contains(">72<") || s.contains(">72 <") || s.contains("72"), "the gradient of W1[2,1] is written on its edge");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private void assertRefused(Path file, String message) {
        assertEquals(2, run("eval", file.toString()), stdout());
        assertOneLine(message);
    }

    private void assertOneLine(String message) {
        String e = stderr().strip();
        assertTrue(e.contains(message), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(e.contains("Exception"), e);
    }
}
