package org.chainrule.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A command-line test: runs {@link Cli#run} with standard output and error captured. */
abstract class CliCase {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command line; its exit code. The streams hold only this run's output. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() { return out.toString(StandardCharsets.UTF_8); }

    String stderr() { return err.toString(StandardCharsets.UTF_8); }
}
