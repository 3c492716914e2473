package org.chainrule.cli;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.engine.Engine;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ops.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code export} on the command line, on the shipped exam table. */
class ImportExportCommandTest extends CliCase {
    @TempDir Path dir;

    static Path graphs() {
        return ShippedGraphs.dir();
    }

    @Test
    void importPrintsAGraphFileThatEvaluates() {
        assertEquals(0, run("import", graphs().resolve("in5400-2021-ex8.txt").toString()));
        Graph g = GraphFile.parse(out.toString(StandardCharsets.UTF_8), "stdout");
        assertEquals(13, g.edgeCount());
        assertEquals(13, Engine.evaluate(g).value(), 1e-12); // paths from S to F, as in ExamGraphsTest
    }

    @Test
    void importWithActivationSavesAndExportGivesTheTableBack() throws Exception {
        Path table = graphs().resolve("in5400-2021-ex8-recurrent.txt");
        Path json = dir.resolve("ex8.json");
        assertEquals(0, run("import", table.toString(), "--activation", "relu", "-o", json.toString()));
        Graph g = GraphFile.read(json);
        assertEquals(Activation.RELU, g.node("C").activation());
        assertEquals(18, g.edgeCount());

        Path txt = dir.resolve("back.txt");
        assertEquals(0, run("export", json.toString(), "-o", txt.toString()));
        assertEquals(Files.readString(table), Files.readString(txt));
    }

    @Test
    void exportDotOfAnExamGraph() throws Exception {
        Path dot = dir.resolve("p10b.dot");
        assertEquals(0, run("export", graphs().resolve("tum-p10b-rnn-neuron.json").toString(), "-o", dot.toString(), "--annotate", "none"));
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph chainrule {"), text);
        assertTrue(text.contains("h -> h [ style=\"dashed\" label=\"3, delay 1\" ];"), text);
    }

    @Test
    void exportDotWithValuesAndGradients() throws Exception {
        Path dot = dir.resolve("dense.dot");
        assertEquals(0, run("export", graphs().resolve("in5400-2018-dense.json").toString(), "-o", dot.toString(), "--annotate", "both"));
        String text = Files.readString(dot);
        // docs/exam-graphs.md: ŷ = 36 and ∂J/∂ŷ = 2·(36 − 32) = 8; h2 = 1 + ... = −2 with ∂J/∂h2 = 8·w[2]_21 = 8.
        assertTrue(text.contains("yhat [ label=\"ŷ\\nΣ, b = 1\\n= 36\\n∂ = 8\""), text);
        assertTrue(text.contains("h2 [ label=\"h_2\\nΣ\\n= −2\\n∂ = 8\""), text);
        assertEquals(0, run("export", graphs().resolve("in5400-2018-dense.json").toString(), "-o", dot.toString(), "--annotate", "values"));
        text = Files.readString(dot);
        assertTrue(text.contains("\\n= 36\""), text);
        assertFalse(text.contains("∂ ="), text);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "  S A\nS 0 1\nX 1 0\n");
        assertEquals(2, run("import", bad.toString()));
        assertEquals("chainrule import: " + bad + ":3:1: unknown row name 'X' (the header names S, A)\n", stderr());

        assertEquals(2, run("import", bad.toString(), "--activation", "softmax"));
        assertEquals("chainrule import: unknown activation 'softmax' (one of identity, relu, leaky_relu, sigmoid, tanh, step)\n", stderr());

        assertEquals(2, run("import", dir.resolve("missing.txt").toString()));
        assertEquals("chainrule import: " + dir.resolve("missing.txt") + ": no such file\n", stderr());

        String p6a = graphs().resolve("tum-p6a-max.json").toString();
        assertEquals(2, run("export", p6a));
        assertEquals("chainrule export: -o OUT is required\n", stderr());
        assertEquals(2, run("export", p6a, "-o", dir.resolve("x.doc").toString()));
        assertTrue(stderr().startsWith("chainrule export: cannot tell the format of '"), stderr());
        assertEquals(2, run("export", p6a, "-o", dir.resolve("x.dot").toString(), "--annotate", "all"));
        assertEquals("chainrule export: --annotate expects none, values, grads or both, found 'all'\n", stderr());
        assertFalse(Files.exists(dir.resolve("x.dot")));
    }

    @Test
    void randomFilesGiveAGraphOrOneLineAndExitTwo() throws Exception {
        java.util.Random rnd = new java.util.Random(7);
        String good = Files.readString(graphs().resolve("in5400-2021-ex8.txt"));
        Path f = dir.resolve("fuzz.txt");
        int ok = 0, refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = new byte[rnd.nextInt(60)];
                rnd.nextBytes(bytes);
            } else {
                byte[] g = good.getBytes(StandardCharsets.UTF_8);
                bytes = java.util.Arrays.copyOf(g, rnd.nextInt(g.length + 1));
                if (bytes.length > 0 && rnd.nextBoolean()) bytes[rnd.nextInt(bytes.length)] = (byte) rnd.nextInt(256);
            }
            Files.write(f, bytes);
            int code = run("import", f.toString());
            if (code == 0) {
                ok++;
                assertEquals("", stderr());
            } else {
                refused++;
                assertEquals(2, code);
                String e = stderr();
                assertTrue(e.startsWith("chainrule import: " + f) && e.indexOf('\n') == e.length() - 1, e);
            }
        }
        assertTrue(ok > 10 && refused > 10, ok + " imported, " + refused + " refused");
    }

    @Test
    void exportRefusesWhatATableCannotHoldAndWritesNothing() {
        Path txt = dir.resolve("p10b.txt");
        assertEquals(2, run("export", graphs().resolve("tum-p10b-rnn-ops.json").toString(), "-o", txt.toString()));
        assertTrue(stderr().endsWith("edge h->uh: a table cannot hold a delayed edge between two nodes\n"), stderr());
        assertFalse(Files.exists(txt));
    }
}
