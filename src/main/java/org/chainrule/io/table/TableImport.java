package org.chainrule.io.table;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.csv.CSVImporter;

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
        org.jgrapht.Graph<String, DefaultWeightedEdge> matrix = toJGraphT(table, source);
        Graph g = new Graph();
        g.setName(name);
        g.setDescription("Imported from the adjacency table " + source + ".");
        for (String id : table.names()) {
            boolean input = matrix.inDegreeOf(id) == 0;
            Node n = g.add(id, input ? Op.INPUT : Op.NEURON);
            if (input) n.setValue(INPUT_VALUE);
            else n.setActivation(activation);
        }
        for (DefaultWeightedEdge me : matrix.edgeSet()) {
            String from = matrix.getEdgeSource(me), to = matrix.getEdgeTarget(me);
            Edge e = new Edge();
            e.setWeight(matrix.getEdgeWeight(me));
            if (from.equals(to)) e.setDelay(1);
            g.connect(g.node(from), g.node(to), e);
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

    /** Hands the checked table to jgrapht-io's CSV matrix reader, which builds the weighted edges. */
    private static org.jgrapht.Graph<String, DefaultWeightedEdge> toJGraphT(AdjacencyTable table, String source) {
        org.jgrapht.Graph<String, DefaultWeightedEdge> m = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(false).allowingSelfLoops(true).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        // Fixing the vertex order to the header's keeps the node order of the file.
        for (String id : table.names()) m.addVertex(id);
        CSVImporter<String, DefaultWeightedEdge> importer = new CSVImporter<>(CSVFormat.MATRIX, ',');
        importer.setParameter(CSVFormat.Parameter.MATRIX_FORMAT_NODEID, true);
        importer.setParameter(CSVFormat.Parameter.MATRIX_FORMAT_ZERO_WHEN_NO_EDGE, true);
        importer.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, true);
        importer.setVertexFactory(id -> id);
        // Its grammar wants at least one row after the header; a header alone has no edges anyway.
        if (table.rows().isEmpty()) return m;
        try {
            importer.importGraph(m, new StringReader(table.toMatrixCsv()));
        } catch (ImportException e) {
            // The table was checked above, so this is a bug rather than bad input; still one line.
            throw new InputException(source + ": cannot read the table (" + e.getMessage() + ")");
        }
        return m;
    }
}
