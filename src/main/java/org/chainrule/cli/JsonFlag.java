package org.chainrule.cli;

import picocli.CommandLine.Option;

/** {@code --json}: the command prints one JSON document instead of text (docs/command-line.md gives its fields). */
final class JsonFlag {
    @Option(names = "--json", description = "Prints JSON instead of text (its fields: docs/command-line.md).")
    boolean on;
}
