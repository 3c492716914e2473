package org.chainrule.cli;

import org.chainrule.model.Graph;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code FILE [--set KEY=V,...]}: the graph file a command reads, and the numbers set on it first. */
final class GraphArgs {
    @Parameters(paramLabel = "FILE", description = "The graph file.")
    String file;

    @Option(names = "--set", paramLabel = "KEY=V,...",
            description = "Sets numbers before running: ID, ID.bias, ID.init, FROM->TO (an edge weight), comma-separated.")
    String sets;

    /** The graph of FILE with the {@code --set} numbers applied. */
    Graph load() {
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, sets, file);
        return g;
    }
}
