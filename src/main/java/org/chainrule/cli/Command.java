package org.chainrule.cli;

import java.io.PrintStream;

/** One command of the command line (SPEC §4). */
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

    /** Runs the command with somewhere to write warnings (by default: none are written). */
    default int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out);
    }
}
