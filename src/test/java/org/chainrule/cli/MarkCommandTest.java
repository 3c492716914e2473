package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mark}: the report of docs/command-line.md, follow-through on P6b, and bad answers refused with their place. */
class MarkCommandTest extends CliCase {
    @TempDir
    Path dir;

    private static String p6b() {
        return ShippedGraphs.path("tum-p6b-skip.json").toString();
    }

    private int files;

    private String answers(String json) throws Exception {
        Path f = dir.resolve("answers-" + ++files + ".json");
        Files.writeString(f, json);
        return f.toString();
    }

    @Test
    void aWrongWxCarriesIntoSAndYInTheJsonReport() throws Exception {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        double wx = 10 * ev.value(g.node("wx"));
        double s = wx + ev.value(g.node("x"));
        String a = answers("{\"values\": {\"wx\": " + wx + ", \"s\": " + s + ", \"y\": " + s + "},\n"
                + " \"grads\": {\"x\": " + ev.grad(g.node("x")) + ", \"w\": 3}}");
        assertEquals(0, run("mark", p6b(), a, "--json"), stderr());
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(Set.of("items", "score", "max"), o.keySet());
        JsonArray items = o.getAsJsonArray("items");
        assertEquals(5, items.size());
        String[][] expect = {{"wx", "value", "wrong"}, {"s", "value", "carried"}, {"y", "value", "carried"},
            {"x", "grad", "right"}, {"w", "grad", "wrong"}};
        for (int i = 0; i < expect.length; i++) {
            JsonObject it = items.get(i).getAsJsonObject();
            assertEquals(Set.of("id", "kind", "answer", "expected", "verdict"), it.keySet());
            assertEquals(List.of(expect[i][0], expect[i][1], expect[i][2]),
                    List.of(it.get("id").getAsString(), it.get("kind").getAsString(), it.get("verdict").getAsString()), "item " + i);
        }
        assertEquals(ev.value(g.node("s")), items.get(1).getAsJsonObject().get("expected").getAsDouble());
        assertEquals(wx, items.get(0).getAsJsonObject().get("answer").getAsDouble());
        assertEquals(ev.grad("w"), items.get(4).getAsJsonObject().get("expected").getAsDouble());
        assertEquals(3, o.get("score").getAsInt());
        assertEquals(5, o.get("max").getAsInt());
    }

    @Test
    void theTableSaysWhereTheFirstErrorIsAndTheScore() throws Exception {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        double wx = 10 * ev.value(g.node("wx"));
        String a = answers("{\"values\": {\"wx\": " + wx + ", \"s\": " + (wx + ev.value(g.node("x"))) + "}}");
        assertEquals(0, run("mark", p6b(), a));
        assertTrue(stdout().contains("carried (from value wx)"), stdout());
        assertTrue(stdout().contains("first error: value wx"), stdout());
        assertTrue(stdout().contains("score: 1 / 2"), stdout());
        // a tolerance of 1000 % takes the slip for right
        assertEquals(0, run("mark", p6b(), a, "--tolerance", "1000%,0"));
        assertTrue(stdout().contains("score: 2 / 2"), stdout());
    }

    @Test
    void badAnswersAreRefusedWithWhereTheyAre() throws Exception {
        String unknown = answers("{\"values\": {\"wx\": 1, \"nope\": 2}, \"grads\": {\"zz.bias\": 1}}");
        assertEquals(2, run("mark", p6b(), unknown));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("values.nope") && stderr().contains("grads.zz.bias"), stderr());

        String text = answers("{\"values\": {\n  \"wx\": \"two\"}}");
        assertEquals(2, run("mark", p6b(), text));
        assertEquals("chainrule mark: " + text + ": line 2 column 9: values.wx: \"two\" is not a number\n", stderr());

        String bool = answers("{\"grads\": {\"w\": true}}");
        assertEquals(2, run("mark", p6b(), bool));
        assertTrue(stderr().contains("line 1 column 17: grads.w: expected a number"), stderr());

        String syntax = answers("{\"values\": {\"wx\": 1,}}");
        assertEquals(2, run("mark", p6b(), syntax));
        assertTrue(stderr().startsWith("chainrule mark: " + syntax + ": line 1 column"), stderr());

        // answers are single numbers: a graph of vectors and matrices is refused
        assertEquals(2, run("mark", ShippedGraphs.path("in5400-2018-dense-matrices.json").toString(), unknown));
        assertTrue(stderr().contains("vectors or matrices"), stderr());

        assertEquals(2, run("mark", p6b(), unknown, "--tolerance", "abc"));
        assertTrue(stderr().contains("--tolerance"), stderr());
    }

    @Test
    void numbersMayBeWrittenAsPeopleTypeThem() throws Exception {
        // the Unicode minus and a fraction, as in the editor's quiz
        String a = answers("{\"grads\": {\"s\": \"1/1\", \"zero\": \"−0\"}}");
        assertEquals(0, run("mark", p6b(), a, "--json"));
        assertTrue(stdout().contains("\"score\":2"), stdout());
    }
}
