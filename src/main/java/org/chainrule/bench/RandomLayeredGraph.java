package org.chainrule.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chainrule.io.AtomicFile;

/**
 * Writes a random layered graph of {@code add}, {@code mul} and {@code relu} nodes with skip
 * connections, the benchmark graph of issue 7, straight to a graph file (never held in memory).
 *
 * <p>Shape: {@code width} inputs (values in [−1, 1]) and {@code width} shared params (values
 * ±[0.5, 1], random sign); then layers of {@code width} hidden nodes (30% add, 45% mul, 25% relu). Each hidden node reads a distinct node of the
 * layer before (a permutation, so every node is used); an {@code add} also reads a second node, from the
 * layer before or, in 30% of cases, from 2–8 layers back (a skip connection); a {@code mul} also reads a
 * shared param; a {@code relu} reads only its first argument. The last layer is summed by a binary
 * tree of {@code add}s into one {@code relu} output {@code out}. Nodes are written in evaluation order,
 * edges grouped by target in argument order; the same seed gives the same file.
 */
public final class RandomLayeredGraph {
    /**
     * Share of {@code add} and {@code mul} nodes ({@code relu} takes the rest). Chosen by trying: with
     * more adds the values grow layer by layer (every add doubles the paths) and a million nodes end
     * near 1e40; with these the output of 1,000 layers stays within a few orders of magnitude.
     */
    private static final double ADD = 0.3, MUL = 0.45;

    private final int nodes;
    private final long seed;

    /** About {@code nodes} nodes (exactly that many when {@code nodes} is a square ≥ 16). */
    public RandomLayeredGraph(int nodes, long seed) {
        if (nodes < 16) throw new IllegalArgumentException("at least 16 nodes");
        this.nodes = nodes;
        this.seed = seed;
    }

    /** The layer width: about √nodes, so that a million nodes are 1,000 layers of 1,000. */
    public int width() { return (int) Math.max(2, Math.round(Math.sqrt(nodes))); }

    /** Writes the graph file as a whole ({@link AtomicFile}); returns the number of nodes written. */
    public long write(Path file) throws IOException {
        long[] written = new long[1];
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            written[0] = write(w);
            w.flush();
        });
        return written[0];
    }

    /** Writes the graph file's text; returns the number of nodes written. */
    public long write(Writer out) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        int w = width();
        int layers = Math.max(1, (nodes - 3 * w) / w);
        // node kinds and arguments are decided first (ints only), then written in two sweeps
        int hidden = layers * w;
        byte[] kind = new byte[hidden];      // 0 add, 1 mul, 2 relu
        int[] arg0 = new int[hidden];        // global index: inputs 0..w-1, params w..2w-1, hidden 2w..
        int[] arg1 = new int[hidden];
        int[] perm = new int[w];
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < w; i++) perm[i] = i;
            for (int i = w - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < w; i++) {
                int h = l * w + i;
                double u = r.nextDouble();
                kind[h] = (byte) (u < ADD ? 0 : u < ADD + MUL ? 1 : 2);
                arg0[h] = layerStart(l - 1, w) + perm[i];
                if (kind[h] == 0) {
                    int back = 1;
                    if (l >= 1 && r.nextDouble() < 0.3) back = 2 + r.nextInt(Math.min(7, l));
                    arg1[h] = layerStart(l - back, w) + r.nextInt(w);
                } else if (kind[h] == 1) {
                    arg1[h] = w + r.nextInt(w);
                } else {
                    arg1[h] = -1;
                }
            }
        }
        out.write("{\"format\": \"chainrule\", \"version\": 1,\n");
        out.write("\"name\": \"random layered graph, " + nodes + " nodes, seed " + seed + "\",\n");
        out.write("\"description\": \"Benchmark graph (chainrule generate): layers of add/mul/relu with skip connections.\",\n");
        out.write("\"output\": \"out\", \"timesteps\": 1,\n\"nodes\": [\n");
        long count = 0;
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < w; i++) {
            sb.setLength(0);
            sb.append("{\"id\": \"x").append(i).append("\", \"op\": \"input\", \"value\": ")
                    .append(round(r.nextDouble() * 2 - 1)).append("},\n");
            out.append(sb);
            count++;
        }
        for (int i = 0; i < w; i++) {
            sb.setLength(0);
            sb.append("{\"id\": \"w").append(i).append("\", \"op\": \"param\", \"value\": ")
                    .append(round(param(r))).append("},\n");
            out.append(sb);
            count++;
        }
        String[] opName = {"add", "mul", "relu"};
        for (int h = 0; h < hidden; h++) {
            sb.setLength(0);
            sb.append("{\"id\": \"n").append(h).append("\", \"op\": \"").append(opName[kind[h]]).append("\"},\n");
            out.append(sb);
            count++;
        }
        // binary tree of adds over the last layer: level by level, pairs of the level below
        List<String> level = new ArrayList<>();
        for (int i = 0; i < w; i++) level.add(id(layerStart(layers - 1, w) + i, w));
        List<String[]> sums = new ArrayList<>();
        int s = 0;
        while (level.size() > 1) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i + 1 < level.size(); i += 2) {
                String sid = "s" + s++;
                sums.add(new String[] {sid, level.get(i), level.get(i + 1)});
                next.add(sid);
            }
            if (level.size() % 2 == 1) next.add(level.get(level.size() - 1));
            level = next;
        }
        for (String[] sum : sums) {
            out.write("{\"id\": \"" + sum[0] + "\", \"op\": \"add\"},\n");
            count++;
        }
        out.write("{\"id\": \"out\", \"op\": \"relu\"}\n],\n\"edges\": [\n");
        count++;
        for (int h = 0; h < hidden; h++) {
            edge(out, sb, id(arg0[h], w), "n" + h, false);
            if (arg1[h] >= 0) edge(out, sb, id(arg1[h], w), "n" + h, false);
        }
        for (String[] sum : sums) {
            edge(out, sb, sum[1], sum[0], false);
            edge(out, sb, sum[2], sum[0], false);
        }
        edge(out, sb, level.get(0), "out", true);
        out.write("]}\n");
        return count;
    }

    private static void edge(Writer out, StringBuilder sb, String from, String to, boolean last) throws IOException {
        sb.setLength(0);
        sb.append("{\"from\": \"").append(from).append("\", \"to\": \"").append(to).append(last ? "\"}\n" : "\"},\n");
        out.append(sb);
    }

    /** First global index of hidden layer l; layer −1 is the inputs. */
    private static int layerStart(int l, int w) {
        return l < 0 ? 0 : 2 * w + l * w;
    }

    private static String id(int global, int w) {
        if (global < w) return "x" + global;
        if (global < 2 * w) return "w" + (global - w);
        return "n" + (global - 2 * w);
    }

    /** A shared param: ±[0.5, 1], random sign. */
    private static double param(SplittableRandom r) {
        double m = 0.5 + 0.5 * r.nextDouble();
        return r.nextBoolean() ? -m : m;
    }

    /** Four decimals keep the file small; the exact value does not matter to the benchmark. */
    private static double round(double d) {
        return Math.rint(d * 10000) / 10000;
    }
}
