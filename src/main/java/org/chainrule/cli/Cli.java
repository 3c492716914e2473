package org.chainrule.cli;

import java.io.PrintStream;
import org.chainrule.engine.GraphException;
import org.chainrule.io.InputException;
import org.chainrule.io.expr.ExpressionException;

/**
 * Runs one command line: picks the command, and turns every failure into one clear line on stderr
 * with exit code 2 (never a stack trace).
 */
public final class Cli {
    /** Exit code for bad input of any kind. */
    public static final int BAD_INPUT = 2;

    private Cli() {}

    /** Whether these arguments name a command (otherwise the editor opens). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (Commands.get(args[0]) != null || args[0].equals("help")
                || args[0].equals("--help") || args[0].equals("-h"));
    }

    /**
     * The program's command line: like {@link #run}, but {@code eval} of a big file goes to a JVM
     * tuned for it when one can be started ({@link BatchJvm}).
     */
    public static int main(String[] args) {
        if (BatchJvm.wanted(args)) {
            java.util.Optional<Integer> code = BatchJvm.run(args);
            if (code.isPresent()) return code.get();
        }
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(out);
            return 0;
        }
        Command c = Commands.get(args[0]);
        if (c == null) {
            err.println("chainrule: unknown command '" + args[0] + "' (try: chainrule help)");
            return BAD_INPUT;
        }
        try {
            int code = c.run(args, out, err);
            out.flush();
            return code;
        } catch (InputException | GraphException e) {
            out.flush();
            err.println("chainrule " + c.name() + ": " + e.getMessage());
            // an expression error also shows where, with a caret under the column
            if (e instanceof ExpressionException x) err.println(x.pointer().indent(2).stripTrailing());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("chainrule " + c.name() + ": out of memory (give Java more with -Xmx)");
            return BAD_INPUT;
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
            err.println("chainrule " + c.name() + ": " + m);
            return BAD_INPUT;
        }
    }

    public static void usage(PrintStream out) {
        out.println("Chainrule: computation graphs, forward and backward passes, step by step.");
        out.println();
        out.println("usage: java -jar chainrule.jar [FILE]          open the editor (on FILE)");
        out.println("       java -jar chainrule.jar COMMAND ARGS...");
        out.println();
        out.println("commands:");
        for (Command c : Commands.all()) out.println("  " + c.usage());
    }
}
