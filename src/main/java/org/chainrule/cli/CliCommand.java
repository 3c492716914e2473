package org.chainrule.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.chainrule.io.InputException;
import picocli.CommandLine.Command;

/**
 * One command of the command line. Its options and arguments are picocli-annotated fields, so a new
 * option is one field; {@link #run} does the work and prints to {@code out}. Bad input is thrown as an
 * {@link InputException} (or a {@link UsageException} for the command line itself): {@link Cli} turns
 * it into one line on stderr and exit code 2.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Version.class) // inherited by every command
abstract class CliCommand implements Callable<Integer> {
    /** Where the command prints its results; {@link Cli} sets it before running. */
    PrintStream out = System.out;

    /** Where the command writes warnings that do not stop it (a value that is not finite). */
    PrintStream err = System.err;

    /** The work of the command; the exit code when nothing went wrong (0, or 1 for {@code check}). */
    abstract int run(PrintStream out);

    @Override
    public final Integer call() {
        try {
            return run(out);
        } catch (OutOfMemoryError e) {
            throw new InputException("out of memory (give Java more with -Xmx)");
        } catch (StackOverflowError e) {
            throw new InputException("StackOverflowError");
        }
    }

    /** A number option that must be finite. */
    static double finite(String option, double v) {
        if (!Double.isFinite(v)) throw new UsageException(option + " expects a finite number, found " + v);
        return v;
    }

    /** A whole-number option with a lower bound. */
    static int atLeast(String option, int v, int min) {
        if (v < min) throw new UsageException(option + " must be at least " + min + ", found " + v);
        return v;
    }
}
