package org.chainrule.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * The layered layout for big graphs, where ELK's crossing minimisation costs seconds and adds little:
 * every node in the layer of the longest path that reaches it (a parameter or constant moves right, next
 * to its first consumer; the output goes to the last layer), then a few barycentre sweeps that order
 * each layer by the mean place of its neighbours, then layers spaced like ELK's. Linear in the edges per
 * sweep, with no recursion, so 20,000 nodes take well under a second.
 */
final class LongestPathLayering {
    /** Down-and-up sweeps of the ordering pass. */
    static final int SWEEPS = 4;

    private final int n;
    private final Node[] byRank;
    private final int[][] preds;
    private final int[][] succs;
    private final int[] layer;
    private final double[] place;   // position in the layer, centred on 0 so that layers of any size compare
    private int[][] layers;

    private LongestPathLayering(Graph g) {
        EdgeOrientation order = EdgeOrientation.of(g);
        Collection<Node> nodes = g.nodes();
        n = nodes.size();
        byRank = new Node[n];
        for (Node v : nodes) byRank[order.rank(v)] = v;
        int[] inCount = new int[n], outCount = new int[n];
        List<int[]> arcs = new ArrayList<>(g.edgeCount());
        for (Edge e : g.edges()) {
            int s = order.rank(g.source(e)), t = order.rank(g.target(e));
            if (s == t) continue; // a self-loop has no say in layering
            int[] arc = s < t ? new int[] {s, t} : new int[] {t, s};
            arcs.add(arc);
            outCount[arc[0]]++;
            inCount[arc[1]]++;
        }
        preds = new int[n][];
        succs = new int[n][];
        for (int v = 0; v < n; v++) {
            preds[v] = new int[inCount[v]];
            succs[v] = new int[outCount[v]];
        }
        Arrays.fill(inCount, 0);
        Arrays.fill(outCount, 0);
        for (int[] a : arcs) {
            succs[a[0]][outCount[a[0]]++] = a[1];
            preds[a[1]][inCount[a[1]]++] = a[0];
        }
        layer = new int[n];
        place = new double[n];
    }

    /** Node centres of the whole graph, drawing starting at (margin, margin). */
    static Map<Node, double[]> centres(Graph g, LayoutProgress progress) {
        progress.report(0, "ordering");
        LongestPathLayering l = new LongestPathLayering(g);
        LayoutProgress.checkCancelled();
        progress.report(0.15, "layering");
        l.assignLayers(g.output());
        LayoutProgress.checkCancelled();
        for (int s = 0; s < SWEEPS; s++) {
            progress.report(0.2 + 0.7 * s / SWEEPS, "reducing crossings");
            l.sweep(true);
            l.sweep(false);
        }
        progress.report(0.95, "placing");
        return l.coordinates();
    }

    /** Longest path from the sources: each node one layer right of its rightmost argument. */
    private void assignLayers(Node output) {
        int last = 0;
        for (int v = 0; v < n; v++) {
            int l = 0;
            for (int u : preds[v]) l = Math.max(l, layer[u] + 1);
            layer[v] = l;
            last = Math.max(last, l);
        }
        // in rank order every consumer comes later, so walking back sees its final layer
        for (int v = n - 1; v >= 0; v--) {
            if (preds[v].length > 0 || succs[v].length == 0 || byRank[v].op() == Op.INPUT) continue;
            int l = Integer.MAX_VALUE;
            for (int w : succs[v]) l = Math.min(l, layer[w]);
            layer[v] = l - 1;
        }
        for (int v = 0; v < n; v++) if (byRank[v] == output && succs[v].length == 0) layer[v] = last;
        int[] size = new int[last + 1];
        for (int v = 0; v < n; v++) size[layer[v]]++;
        layers = new int[last + 1][];
        for (int l = 0; l <= last; l++) layers[l] = new int[size[l]];
        Arrays.fill(size, 0);
        for (int v = 0; v < n; v++) layers[layer[v]][size[layer[v]]++] = v; // in rank order: file order, stable
        for (int[] ly : layers) setPlaces(ly);
    }

    /** One pass over the layers (left to right using arguments, or right to left using consumers). */
    private void sweep(boolean down) {
        int count = layers.length;
        for (int i = 0; i < count; i++) {
            if ((i & 63) == 0) LayoutProgress.checkCancelled();
            int[] ly = layers[down ? i : count - 1 - i];
            double[] key = new double[ly.length];
            Integer[] idx = new Integer[ly.length];
            for (int k = 0; k < ly.length; k++) {
                int[] nb = down ? preds[ly[k]] : succs[ly[k]];
                double sum = 0;
                for (int w : nb) sum += place[w];
                key[k] = nb.length == 0 ? place[ly[k]] : sum / nb.length;
                idx[k] = k;
            }
            Arrays.sort(idx, (a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
            int[] sorted = new int[ly.length];
            for (int k = 0; k < ly.length; k++) sorted[k] = ly[idx[k]];
            System.arraycopy(sorted, 0, ly, 0, ly.length);
            setPlaces(ly);
        }
    }

    private void setPlaces(int[] ly) {
        for (int k = 0; k < ly.length; k++) place[ly[k]] = k - (ly.length - 1) / 2.0;
    }

    /** Layers {@code NODE_WIDTH + LAYER_GAP} apart, nodes {@code NODE_HEIGHT + NODE_GAP} apart, each layer centred. */
    private Map<Node, double[]> coordinates() {
        int widest = 0;
        for (int[] ly : layers) widest = Math.max(widest, ly.length);
        double step = LayeredLayout.NODE_HEIGHT + LayeredLayout.NODE_GAP;
        double middle = LayeredLayout.MARGIN + LayeredLayout.NODE_HEIGHT / 2 + (widest - 1) * step / 2;
        Map<Node, double[]> out = new IdentityHashMap<>(n * 2);
        for (int l = 0; l < layers.length; l++) {
            double x = LayeredLayout.MARGIN + LayeredLayout.NODE_WIDTH / 2 + l * (LayeredLayout.NODE_WIDTH + LayeredLayout.LAYER_GAP);
            for (int v : layers[l]) out.put(byRank[v], new double[] {Math.rint(x), Math.floor(middle + place[v] * step)});
        }
        return out;
    }
}
