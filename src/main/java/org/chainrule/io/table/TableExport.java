package org.chainrule.io.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * Graph → adjacency table (docs/file-format.md, adjacency tables), laid out as exams print it: a blank corner, columns aligned,
 * one row per node with an outgoing edge. Entry (i, k) is the weight of the edge i → k (1 for edges
 * into ops, which carry no weight); a self-loop with delay 1 is the diagonal entry. What a table
 * cannot hold (parallel edges, a delay on any other edge, a weight of 0) is refused with the edge's key.
 */
public final class TableExport {
    private TableExport() {}

    /** The table text; {@code source} names the graph in errors. */
    public static String toText(Graph g, String source) {
        List<Node> nodes = new ArrayList<>(g.nodes());
        int n = nodes.size();
        if (n == 0) throw new InputException(source + ": a graph with no nodes has no table");
        java.util.Map<Node, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) index.put(nodes.get(i), i);

        List<Node> rowNodes = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (Node from : nodes) {
            if (g.outgoing(from).isEmpty()) continue;
            String[] row = new String[n];
            java.util.Arrays.fill(row, "0");
            for (Edge e : g.outgoing(from)) {
                Node to = g.target(e);
                int k = index.get(to);
                String key = g.key(e);
                if (!row[k].equals("0")) throw refuse(source, key, "a table cannot hold parallel edges");
                int delay = g.delay(e);
                if (from == to && delay != 1) throw refuse(source, key, "a table's diagonal is a self-loop with delay 1, this one has delay " + delay);
                if (from != to && delay != 0) throw refuse(source, key, "a table cannot hold a delayed edge between two nodes");
                double w = to.op() == Op.NEURON ? e.weight() : 1;
                if (w == 0 || Double.isNaN(w) || Double.isInfinite(w)) throw refuse(source, key, "a weight of " + w + " cannot be written as a table entry");
                row[k] = number(w);
            }
            rowNodes.add(from);
            rows.add(row);
        }

        int corner = 0;
        for (Node r : rowNodes) corner = Math.max(corner, r.id().length());
        int[] width = new int[n];
        for (int k = 0; k < n; k++) {
            width[k] = nodes.get(k).id().length();
            for (String[] row : rows) width[k] = Math.max(width[k], row[k].length());
        }
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder(pad("", corner));
        for (int k = 0; k < n; k++) line.append(' ').append(pad(nodes.get(k).id(), width[k]));
        sb.append(strip(line)).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            line = new StringBuilder(padRight(rowNodes.get(r).id(), corner));
            for (int k = 0; k < n; k++) line.append(' ').append(pad(rows.get(r)[k], width[k]));
            sb.append(strip(line)).append('\n');
        }
        return sb.toString();
    }

    /** Writes the table to {@code file} atomically, so a failure leaves no half table. */
    public static void write(Graph g, Path file, String source) {
        GraphFile.writeText(toText(g, source), file);
    }

    /** An entry as the reader takes it back exactly: integers plain, other numbers as Java prints them. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Right-aligned in {@code width}, as numbers are. */
    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String strip(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        return line.substring(0, end);
    }

    private static InputException refuse(String source, String key, String why) {
        return new InputException(source + ": edge " + key + ": " + why);
    }
}
