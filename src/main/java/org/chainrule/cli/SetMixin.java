package org.chainrule.cli;

import picocli.CommandLine.Option;

/** {@code --set KEY=V,...}, shared by every command that reads a graph's numbers. */
final class SetMixin {
    @Option(names = "--set", paramLabel = "KEY=V,...",
            description = "Sets numbers before running: ID, ID.bias, ID.init, FROM->TO (an edge weight), comma-separated.")
    String sets;
}
