package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainrule.engine.Engine;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line prints about numbers: never a fraction as a whole number, never two different
 * numbers alike, finite where the mathematics is, and a clear word where it is not.
 */
class NumericsCliTest extends CliCase {
    private static final String P10B = "graphs/tum-p10b-rnn-neuron.json";

    @TempDir Path dir;

    /** A number as the table prints it, read back. */
    private static double read(String s) {
        if (s.equals("∞")) return Double.POSITIVE_INFINITY;
        if (s.equals("−∞")) return Double.NEGATIVE_INFINITY;
        return Double.parseDouble(s.replace('−', '-'));
    }

    private static boolean readsWhole(String s) {
        return !s.contains(".") && !s.contains("e-");
    }

    /** The rows {@code KEY  NUMBER} of one section of eval's table for people. */
    private static Map<String, String> section(String table, String title) {
        Map<String, String> rows = new HashMap<>();
        boolean in = false;
        for (String line : table.split("\n")) {
            if (line.startsWith(title)) {
                in = true;
            } else if (!line.startsWith("  ")) {
                in = false;
            } else if (in) {
                String[] p = line.trim().split("\\s+");
                rows.put(p[0], p[1]);
            }
        }
        return rows;
    }

    /** The skip graph y = x·a·b + x at x = 1, a = 0.01, b = 0.02: dy/dx = a·b + 1 = 1.0002. */
    private Path skip() {
        Path f = dir.resolve("skip.json");
        assertEquals(0, run("expr", "y = x*a*b + x", "--set", "x=1,a=0.01,b=0.02", "-o", f.toString()), stderr());
        return f;
    }

    @Test
    void aSkipConnectionWorthTwoTenThousandthsIsNotPrintedAsOne() {
        Path f = skip();
        Graph g = GraphFile.read(f);
        double dx = Engine.evaluate(g).grad("x");
        assertEquals(FiniteDifference.estimate(g, "x"), dx, 1e-9);
        assertNotEquals(1.0, dx);

        assertEquals(0, run("eval", f.toString()));
        String x = section(stdout(), "gradients").get("x");
        assertFalse(readsWhole(x), "eval prints ∂y/∂x = " + dx + " as " + x);
        assertEquals(dx, read(x), 5e-4 * dx);
        String y = section(stdout(), "values").get("y");
        assertFalse(readsWhole(y), "eval prints y = " + Engine.outputValue(g) + " as " + y);

        assertEquals(0, run("symbolic", f.toString(), "--wrt", "x"));
        String[] lines = stdout().split("\n");
        String total = lines[2].substring(lines[2].indexOf("= ") + 2).trim();
        assertFalse(readsWhole(total), "symbolic ends = " + total);
        assertEquals(dx, read(total), 5e-4 * dx);

        assertEquals(0, run("steps", f.toString(), "--json"));
        JsonObject last = null;
        for (var s : JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("steps")) {
            JsonObject o = s.getAsJsonObject();
            if (o.get("phase").getAsString().equals("backward") && o.get("node").getAsString().equals("x")) last = o;
        }
        String text = last.get("text").getAsString();
        String shown = text.substring(text.lastIndexOf("= ") + 2);
        assertFalse(readsWhole(shown), text);
        assertEquals(dx, read(shown), 5e-4 * dx);
    }

    @Test
    void everyTableOfTheShippedGraphsKeepsDifferentNumbersApart() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("graphs"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        files.add(skip());
        for (Path f : files) {
            assertEquals(0, run("eval", f.toString(), "--json"), f + ": " + stderr());
            JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
            if (org.chainrule.io.GraphFile.read(f).hasTensors()) continue; // tensors are written as nested lists (TensorCliTest)
            assertEquals(0, run("eval", f.toString()), f + ": " + stderr());
            Map<String, Double> exact = new HashMap<>();
            Map<String, String> shown = new HashMap<>();
            for (String[] part : new String[][] {{"values", "values"}, {"grads", "gradients"}}) {
                Map<String, String> rows = section(stdout(), part[1]);
                for (var en : o.getAsJsonObject(part[0]).entrySet()) {
                    double v = en.getValue().getAsDouble();
                    String s = rows.get(en.getKey());
                    assertEquals(v, read(s), 5e-4 * Math.abs(v), f + ": " + en.getKey());
                    if (v != Math.rint(v)) assertFalse(readsWhole(s), f + ": " + v + " printed " + s);
                    exact.put(part[0] + " " + en.getKey(), v);
                    shown.put(part[0] + " " + en.getKey(), s);
                }
            }
            for (String a : exact.keySet()) {
                for (String b : exact.keySet()) {
                    if (exact.get(a).doubleValue() != exact.get(b).doubleValue()) {
                        assertNotEquals(shown.get(a), shown.get(b), f + ": " + a + " and " + b);
                    }
                }
            }
        }
    }

    @Test
    void bceOfACertainPredictionIsFinite() {
        assertEquals(0, run("expr", "L = bce(p, y)", "--set", "p=1,y=1", "--json"));
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        // −(1·log 1 + 0·log 0) = 0; ∂L/∂p = −y/p = −1
        assertEquals(0, o.get("value").getAsDouble(), 0);
        assertEquals(-1, o.getAsJsonObject("grads").get("p").getAsDouble(), 1e-15);
        for (String z : new String[] {"40", "-40", "100"}) {
            assertEquals(0, run("expr", "L = bce(sigmoid(z), y)", "--set", "z=" + z + ",y=1", "--json"));
            JsonObject s = JsonParser.parseString(stdout()).getAsJsonObject();
            double zz = Double.parseDouble(z);
            // −log σ(z) = log(1 + e^−z); ∂L/∂z = σ(z) − 1 = −1/(1 + e^z)
            double loss = zz > 0 ? Math.log1p(Math.exp(-zz)) : -zz + Math.log1p(Math.exp(zz));
            assertEquals(loss, s.get("value").getAsDouble(), 1e-13 * loss);
            double slope = -1 / (1 + Math.exp(zz));
            assertEquals(slope, s.getAsJsonObject("grads").get("z").getAsDouble(), 1e-13 * Math.abs(slope));
            assertEquals("", stderr());
        }
    }

    @Test
    void trainingStopsWhereTheNumbersStop() throws Exception {
        // L = log(w) from w = 1 with lr = 2: w ← 1 − 2·(1/1) = −1, where log is NaN
        Path f = dir.resolve("log.json");
        assertEquals(0, run("expr", "L = log(w)", "--params", "w", "--set", "w=1", "-o", f.toString()));
        String before = Files.readString(f);
        Path out = dir.resolve("trained.json");
        assertEquals(2, run("train", f.toString(), "--lr", "2", "--iterations", "3", "-o", out.toString()));
        String err = stderr().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.contains("after 1 step") && err.contains("NaN") && err.contains("log"), err);
        assertFalse(Files.exists(out));
        assertEquals(before, Files.readString(f));
        // a loss that is ∞ from the start: stopped before the first step
        Path inf = dir.resolve("inf.json");
        assertEquals(0, run("expr", "L = bce(p, y)", "--params", "p", "--set", "p=1,y=0", "-o", inf.toString()));
        assertEquals(2, run("train", inf.toString(), "--lr", "0.1"));
        assertTrue(stderr().contains("before the first step") && stderr().contains("∞"), stderr());
    }

    @Test
    void divisionByZeroIsAProblemInCheckAndAWarningInEval() throws Exception {
        Path f = dir.resolve("div.json");
        assertEquals(0, run("expr", "y = a / b", "--set", "a=1,b=0", "-o", f.toString()));
        String div = GraphFile.read(f).nodes().stream().filter(n -> n.op() == Op.DIV).findFirst().orElseThrow().id();
        assertEquals(1, run("check", f.toString()));
        assertTrue(stdout().contains("node '" + div + "'") && stdout().contains("∞"), stdout());
        assertEquals(0, run("eval", f.toString()));
        assertTrue(stdout().contains("output"), stdout());
        List<String> warnings = stderr().lines().toList();
        assertEquals(1, warnings.size(), stderr());
        assertTrue(warnings.get(0).contains("node '" + div + "'") && warnings.get(0).contains("1 / 0"), stderr());
        // with time steps: which step
        Graph g = GraphFile.read(f);
        g.node("b").setValues(List.of(2.0, 0.0));
        Path timed = dir.resolve("timed.json");
        GraphFile.write(g, timed);
        assertEquals(1, run("check", timed.toString()));
        assertTrue(stdout().contains("at t = 2"), stdout());
        // and a graph that is fine says so
        assertEquals(0, run("check", skip().toString()));
    }

    @Test
    void settingAPerStepInputKeepsTheTimeSteps() {
        // P10b at x_t = 5 for both steps: h_1 = relu(3·h_0 + 2·5) = relu(9 + 10) = 19,
        // h_2 = relu(3·19 + 2·5) = 67, y_2 = −1·67 = −67 (and −19 only if the recurrence were dropped)
        Graph g = GraphFile.read(Path.of(P10B));
        Node x = g.node("x");
        x.setValues(List.of(5.0, 5.0));
        double expected = Engine.outputValue(g);
        assertEquals(-67, expected, 0);

        assertEquals(0, run("eval", P10B, "--set", "x=5", "--json"));
        JsonObject o = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(2, o.get("timesteps").getAsInt());
        assertEquals(expected, o.get("value").getAsDouble(), 0);
        // dy_2/du = −(h_1 + u·h_0) = −(19 + 9) = −28, against central differences of the same set graph
        assertEquals(FiniteDifference.estimate(g, "h->h"), o.getAsJsonObject("grads").get("h->h").getAsDouble(), 1e-6);

        // the streamed path of big files reads --set on its own
        assertEquals(0, run("eval", P10B, "--set", "x=5", "--summary", "--json"));
        JsonObject s = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(2, s.get("timesteps").getAsInt());
        assertEquals(expected, s.get("value").getAsDouble(), 0);
        // and train with --set keeps them too: one step from the same start evaluates the same loss first
        assertEquals(0, run("train", P10B, "--set", "x=5", "--lr", "0", "--json"));
        assertEquals(expected, JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsDouble(), 0);
    }
}
