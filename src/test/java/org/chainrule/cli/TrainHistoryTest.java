package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --history OUT.csv} and {@code --plot}: each row is checked against gradient descent
 * written out here, with gradients by central differences on the engine's forward pass alone.
 */
class TrainHistoryTest extends CliCase {
    @TempDir Path dir;

    /** The rows of a hand-written loop: θ ← θ + v, v ← μ·v − lr·(central difference of the output). */
    private static List<double[]> byHand(Graph g, double lr, double momentum, int iterations) {
        List<Quantity> keys = Quantity.all(g).stream().filter(Quantity::trainable).toList();
        double[] v = new double[keys.size()];
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k <= iterations; k++) {
            double[] row = new double[keys.size() + 2];
            row[0] = k;
            row[1] = Engine.outputValue(g);
            for (int j = 0; j < keys.size(); j++) row[j + 2] = keys.get(j).get();
            rows.add(row);
            double[] grad = new double[keys.size()];
            for (int j = 0; j < keys.size(); j++) {
                Quantity q = keys.get(j);
                double at = q.get(), h = 1e-6 * Math.max(1, Math.abs(at));
                q.set(at + h);
                double up = Engine.outputValue(g);
                q.set(at - h);
                double down = Engine.outputValue(g);
                q.set(at);
                grad[j] = (up - down) / (2 * h);
            }
            for (int j = 0; j < keys.size(); j++) {
                v[j] = momentum * v[j] - lr * grad[j];
                keys.get(j).set(keys.get(j).get() + v[j]);
            }
        }
        return rows;
    }

    private void assertHistory(String graph, double lr, double momentum, int iterations) throws Exception {
        Path csv = dir.resolve(graph + ".csv");
        String file = ShippedGraphs.path(graph).toString();
        List<String> args = new ArrayList<>(List.of("train", file, "--lr", "" + lr, "--iterations", "" + iterations,
                "--history", csv.toString()));
        if (momentum != 0) args.addAll(List.of("--momentum", "" + momentum));
        assertEquals(0, run(args.toArray(new String[0])), stderr());
        assertTrue(stdout().contains("saved " + csv + " (" + (iterations + 1) + " rows)"), stdout());
        Graph g = GraphFile.read(Path.of(file));
        List<String> keys = Quantity.all(g).stream().filter(Quantity::trainable).map(Quantity::key).toList();
        List<String> lines = Files.readAllLines(csv);
        assertEquals("iteration,loss," + String.join(",", keys), lines.get(0));
        List<double[]> expected = byHand(g, lr, momentum, iterations);
        assertEquals(iterations + 2, lines.size());
        for (int k = 0; k <= iterations; k++) {
            String[] cells = lines.get(k + 1).split(",");
            assertEquals(String.valueOf(k), cells[0], "iterations are whole numbers from 0");
            double[] want = expected.get(k);
            for (int j = 1; j < want.length; j++) {
                double got = Double.parseDouble(cells[j]);
                assertEquals(want[j], got, 1e-6 * Math.max(1, Math.abs(want[j])), graph + " row " + k + " column " + j);
            }
        }
    }

    @Test
    void theHistoryIsGradientDescentWrittenOutByHand() throws Exception {
        assertHistory("inf5860-linreg.json", 0.1, 0, 25);
        assertHistory("in5400-2018-dense.json", 0.001, 0, 8); // weights and biases as keys
    }

    @Test
    void withMomentumTheVelocityCarriesOver() throws Exception {
        assertHistory("tum-p4c-valley-momentum.json", 0.075, 0.7, 60);
        assertHistory("inf5860-linreg.json", 0.05, 0.9, 30);
    }

    @Test
    void thePlotDrawsTheLossCurveAndPlainDescentBesideMomentum() throws Exception {
        String file = ShippedGraphs.path("tum-p4c-valley-momentum.json").toString();
        Path svg = dir.resolve("loss.svg"), png = dir.resolve("loss.png");
        assertEquals(0, run("train", file, "--lr", "0.075", "--iterations", "60", "--momentum", "0.7", "--plot", svg.toString()), stderr());
        String s = Files.readString(svg);
        assertTrue(s.contains(">lr 0.075, momentum 0.7<") && s.contains(">lr 0.075, no momentum<"), "a legend with both runs");
        assertTrue(s.contains(">L (log scale)<"), "the loss spans many decades: a log axis");
        assertEquals(0, run("train", file, "--lr", "0.075", "--iterations", "60", "--plot", png.toString()), stderr());
        byte[] b = Files.readAllBytes(png);
        assertTrue(b.length > 1000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G');
    }

    @Test
    void badNamesAndNonFiniteLossesWriteNothing() throws Exception {
        String file = ShippedGraphs.path("inf5860-linreg.json").toString();
        assertEquals(2, run("train", file, "--lr", "1", "--history", dir.resolve("h.txt").toString()));
        assertEquals("chainrule train: --history writes a table: OUT must end in .csv, found '" + dir.resolve("h.txt") + "'\n", stderr());
        assertEquals(2, run("train", file, "--lr", "1", "--plot", dir.resolve("p.tex").toString()));
        assertTrue(stderr().contains("--plot") && stderr().contains(".svg or .png"), stderr());
        // lr 10 makes the linear regression explode to ∞ and then NaN: stopped, no history, no picture
        Path csv = dir.resolve("h.csv"), svg = dir.resolve("p.svg");
        assertEquals(2, run("train", file, "--lr", "10", "--iterations", "400", "--history", csv.toString(), "--plot", svg.toString()));
        assertEquals(1, stderr().strip().lines().count(), stderr());
        assertTrue(stderr().contains("training stopped"), stderr());
        assertFalse(Files.exists(csv) || Files.exists(svg));
    }
}
