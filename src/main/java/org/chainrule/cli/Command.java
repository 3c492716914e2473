package org.chainrule.cli;

import java.io.PrintStream;

/** One command of the command line (docs/command-line.md). */
public interface Command {
    /** The word that selects it: {@code eval}. */
    String name();

    /** One line: the synopsis, e.g. {@code eval FILE [--set KEY=V,...] [--json]}. */
    String usage();

    /**
     * Runs the command. Bad input is thrown as an {@link org.chainrule.io.InputException} (exit 2);
     * the returned code is the exit code otherwise.
     */
    int run(String[] args, PrintStream out);
}
