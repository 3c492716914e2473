package org.chainrule.cli;

import picocli.CommandLine.Mixin;

/** A command that reads one graph file ({@code FILE [--set KEY=V,...]}). */
abstract class GraphCommand extends CliCommand {
    @Mixin
    GraphArgs graph;
}
