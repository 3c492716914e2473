package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Variants;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code variants}: the same graph with new small numbers, nice answers, and the same files for the same seed. */
class VariantsCommandTest extends CliCase {
    @TempDir
    Path dir;

    private List<Path> files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void variantsOfTheDenseNetAreTheSameGraphWithNiceNewNumbers() throws Exception {
        String src = ShippedGraphs.path("in5400-2018-dense.json").toString();
        Graph original = GraphFile.read(Path.of(src));
        assertEquals(0, run("variants", src, "--count", "5", "--seed", "7", "-o", dir.resolve("a").toString()), stderr());
        List<Path> written = files(dir.resolve("a"));
        assertEquals(5, written.size());
        Set<List<Double>> numbers = new HashSet<>();
        for (int k = 1; k <= 5; k++) {
            Path f = written.get(k - 1);
            assertEquals("in5400-2018-dense-variant-" + k + ".json", f.getFileName().toString());
            Graph v = GraphFile.read(f);
            assertTrue(v.name().contains("variant " + k + " of 5"), v.name());
            assertTrue(v.description().startsWith("Variant " + k + " of 5"), v.description());
            assertTrue(v.description().endsWith(original.description()));
            sameStructure(original, v);
            Evaluation ev = Engine.evaluate(v);
            for (double x : ev.values().values()) assertNice(x, f);
            for (double x : ev.grads().values()) assertNice(x, f);
            List<Double> drawn = new ArrayList<>();
            for (Quantity q : Quantity.all(v)) {
                Quantity was = Quantity.find(original, q.key());
                if (q.node().op() == org.chainrule.ops.Op.CONST) {
                    assertEquals(was.get(), q.get(), "a const stays: " + q.key());
                    continue;
                }
                double x = q.get();
                drawn.add(x);
                assertTrue(x == Math.rint(x) && x >= -3 && x <= 3, q.key() + " = " + x);
                if (was.get() != 0) assertNotEquals(0.0, x, q.key() + " was not 0");
            }
            assertTrue(numbers.add(drawn), "variant " + k + " repeats an earlier one");
        }
        // the same seed gives the same files, another seed others
        assertEquals(0, run("variants", src, "--count", "5", "--seed", "7", "-o", dir.resolve("b").toString()));
        assertEquals(0, run("variants", src, "--count", "5", "--seed", "8", "-o", dir.resolve("c").toString()));
        for (int k = 0; k < 5; k++) {
            assertEquals(Files.readString(written.get(k)), Files.readString(files(dir.resolve("b")).get(k)));
        }
        assertNotEquals(Files.readString(written.get(0)), Files.readString(files(dir.resolve("c")).get(0)));
    }

    @Test
    void aNodeSaysHowItsNumbersVary() throws Exception {
        // P6b's w = 0.001 gives w·x three decimals: the lecturer lets w take 1 or 2 and keeps x
        Path src = p6bWith("[1, 2]", "false");
        assertEquals(0, run("variants", src.toString(), "--count", "2", "-o", dir.resolve("out").toString()), stderr());
        Set<Double> ws = new HashSet<>();
        for (Path f : files(dir.resolve("out"))) {
            Graph v = GraphFile.read(f);
            assertEquals(2, v.node("x").valueAt(1), "vary false keeps x");
            ws.add(v.node("w").valueAt(1));
            // the field is kept in the written file
            assertTrue(GraphFile.readText(f).replaceAll("\\s", "").contains("\"vary\":[1,2]"), f.toString());
        }
        assertEquals(Set.of(1.0, 2.0), ws);
        // two variants are all the range has: a third is not found
        assertEquals(2, run("variants", src.toString(), "--count", "3", "-o", dir.resolve("more").toString()));
        assertTrue(stderr().contains("no nice draw for variant 3 of 3"), stderr());

        Path wide = p6bWith("[1, 2]", "[5, 9]");
        assertEquals(0, run("variants", wide.toString(), "--count", "6", "-o", dir.resolve("wide").toString()), stderr());
        for (Path f : files(dir.resolve("wide"))) {
            double x = GraphFile.read(f).node("x").valueAt(1);
            assertTrue(x >= 5 && x <= 9 && x == Math.rint(x), "x = " + x);
        }
    }

    private Path p6bWith(String w, String x) throws Exception {
        String json = GraphFile.readText(ShippedGraphs.path("tum-p6b-skip.json"))
                .replace("\"op\": \"param\", \"value\": 0.001", "\"op\": \"param\", \"value\": 0.001, \"vary\": " + w)
                .replace("\"op\": \"input\", \"value\": 2", "\"op\": \"input\", \"value\": 2, \"vary\": " + x);
        Path src = dir.resolve("p6b-" + w.hashCode() + "-" + x.hashCode() + ".json");
        Files.writeString(src, json);
        return src;
    }

    @Test
    void noNiceDrawIsSaidInOneLine() throws Exception {
        // y = x / 3: dy/dx = 1/3 whatever x is
        Path third = dir.resolve("third.json");
        Files.writeString(third, "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": ["
                + "{\"id\": \"x\", \"op\": \"input\", \"value\": 3}, {\"id\": \"three\", \"op\": \"const\", \"value\": 3},"
                + "{\"id\": \"y\", \"op\": \"div\"}], \"edges\": [{\"from\": \"x\", \"to\": \"y\"}, {\"from\": \"three\", \"to\": \"y\"}]}");
        assertFalse(Variants.nice(Engine.evaluate(GraphFile.read(third))));
        assertEquals(2, run("variants", third.toString(), "--count", "2", "-o", dir.resolve("s").toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("no nice draw for variant 1 of 2"), stderr());
        assertFalse(Files.exists(dir.resolve("s")), "nothing is written");

        assertEquals(2, run("variants", ShippedGraphs.path("in5400-2018-dense-matrices.json").toString(), "--count", "1", "-o",
                dir.resolve("m").toString()));
        assertTrue(stderr().contains("vectors or matrices"), stderr());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, GraphFile.readText(ShippedGraphs.path("tum-p6b-skip.json"))
                .replace("\"op\": \"input\", \"value\": 2", "\"op\": \"input\", \"value\": 2, \"vary\": [3, 1]"));
        assertEquals(2, run("variants", bad.toString(), "--count", "1", "-o", dir.resolve("x").toString()));
        assertTrue(stderr().contains("node 'x'.vary"), stderr());
    }

    private static void sameStructure(Graph a, Graph b) {
        assertEquals(a.nodes().stream().map(n -> n.id() + ":" + n.op() + ":" + n.label()).toList(),
                b.nodes().stream().map(n -> n.id() + ":" + n.op() + ":" + n.label()).toList());
        assertEquals(edges(a), edges(b));
        assertEquals(a.outputId(), b.outputId());
    }

    private static List<String> edges(Graph g) {
        List<String> out = new ArrayList<>();
        for (Edge e : g.edges()) out.add(g.key(e) + " arg " + e.arg() + " label " + e.label());
        for (Node n : g.nodes()) out.add(n.id() + " args " + g.arguments(n).stream().map(g::key).toList());
        return out;
    }

    private static void assertNice(double x, Path f) {
        assertTrue(Double.isFinite(x) && Math.abs(x) <= 1000, f + ": " + x);
        assertEquals(Math.rint(x * 100), x * 100, 1e-6, f + ": " + x + " has more than two decimals");
    }
}
