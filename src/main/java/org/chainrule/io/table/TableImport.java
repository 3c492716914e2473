package org.chainrule.io.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/**
 * Adjacency table → graph (docs/file-format.md, adjacency tables). Nodes with no incoming edge become {@code input}s (value 1, so the
 * imported graph evaluates at once), every other node a {@code neuron} with the chosen activation, bias
 * 0 and the table's entries as the weights of its incoming edges; a diagonal entry is a self-loop with
 * delay 1. The output is the only sink, when there is exactly one. Positions are left out: the editor
 * lays the graph out.
 */
public final class TableImport {
    /** The value an imported input starts with. */
    public static final double INPUT_VALUE = 1;
    /**
     * The time steps given to a table with a self-loop (a one on the diagonal): with one step a delayed
     * edge only ever carries its initial state, so the recurrence would do nothing.
     */
    public static final int RECURRENT_STEPS = 3;

    private TableImport() {}

    /** Reads a table file. */
    public static Graph read(Path file, Activation activation) {
        String text = GraphFile.readText(file);
        return parse(text, file.toString(), stem(file.getFileName().toString()), activation);
    }

    /**
     * Reads table text; {@code source} names it in errors and in the graph's description, and the graph
     * is named after it without its extension ({@code ex8.txt} → {@code ex8}).
     */
    public static Graph parse(String text, String source, Activation activation) {
        String file = source.replace('\\', '/');
        return parse(text, source, stem(file.substring(file.lastIndexOf('/') + 1)), activation);
    }

    /** A file name without its last extension. */
    static String stem(String fileName) {
        String s = fileName.replaceFirst("\\.[^.]*$", "");
        return s.isEmpty() ? fileName : s;
    }

    /** Whether the imported graph has a self-loop and so was given {@link #RECURRENT_STEPS} time steps. */
    public static boolean recurrent(Graph g) {
        return g.hasDelays();
    }

    private static Graph parse(String text, String source, String name, Activation activation) {
        AdjacencyTable table = TableReader.read(text, source);
        List<String> names = table.names();
        boolean[] hasInput = new boolean[names.size()];
        for (double[] row : table.rows().values()) for (int k = 0; k < row.length; k++) if (row[k] != 0) hasInput[k] = true;
        Graph g = new Graph();
        g.setName(name);
        g.setDescription("Imported from the adjacency table " + source + ".");
        for (int k = 0; k < names.size(); k++) {
            Node n = g.add(names.get(k), hasInput[k] ? Op.NEURON : Op.INPUT);
            if (hasInput[k]) n.setActivation(activation);
            else n.setValue(INPUT_VALUE);
        }
        // entry (row, k) ≠ 0 is the edge row → k of that weight: rows in file order, columns left to right
        for (Map.Entry<String, double[]> row : table.rows().entrySet()) {
            Node from = g.node(row.getKey());
            double[] w = row.getValue();
            for (int k = 0; k < w.length; k++) {
                if (w[k] == 0) continue;
                Node to = g.node(names.get(k));
                Edge e = new Edge();
                e.setWeight(w[k]);
                if (from == to) e.setDelay(1);
                g.connect(from, to, e);
            }
        }
        if (recurrent(g)) {
            g.setTimesteps(RECURRENT_STEPS);
            g.setDescription(g.description() + " Its self-loops feed each node back at the next time step, so it runs over "
                    + RECURRENT_STEPS + " time steps (change the graph's timesteps to run longer).");
        }
        List<Node> sinks = g.sinks();
        if (sinks.size() == 1) g.setOutputId(sinks.get(0).id());
        return g;
    }
}
