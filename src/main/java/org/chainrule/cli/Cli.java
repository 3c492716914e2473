package org.chainrule.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chainrule.engine.GraphException;
import org.chainrule.io.InputException;
import org.chainrule.io.expr.ExpressionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one command line (picocli): picks the command, and turns every failure into one clear line on
 * stderr with exit code 2, never a stack trace ({@code COMMAND --help} shows the usage). Exit codes: 0 done, 1 only when {@code check} found
 * problems, 2 for bad input of any kind (the command line, a file, a key).
 */
public final class Cli {
    /** Exit code for bad input of any kind. */
    public static final int BAD_INPUT = 2;

    /** Every command, in the order the usage lists them. */
    static List<CliCommand> commands() {
        return List.of(new EvalCommand(), new StepsCommand(), new TrainCommand(), new ExprCommand(),
                new SymbolicCommand(), new PlotCommand(), new ImportCommand(), new ExportCommand(), new CheckCommand(),
                new SheetCommand(), new VariantsCommand(), new MarkCommand(),
                new GenerateCommand(), new BenchCommand());
    }

    @Command(name = "chainrule", mixinStandardHelpOptions = true, versionProvider = Version.class,
            synopsisHeading = "Usage:%n",
            customSynopsis = {"  chainrule [FILE]           the editor (on a graph file or a table)",
                              "  chainrule COMMAND [ARGS]   a command; COMMAND --help shows its usage"},
            description = {"%nChainrule: computation graphs, forward and backward passes, step by step.",
                           "The program is `java -jar chainrule.jar`, or the installed `chainrule`."},
            commandListHeading = "%nCommands:%n", subcommands = HelpCommand.class)
    static final class Root implements Runnable {
        PrintStream out;

        @Override
        public void run() {
            out.print(new CommandLine(this).getUsageMessage());
        }
    }

    private Cli() {}

    /** Whether these arguments start with a command's name (otherwise a file may open the editor). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && line(System.out, System.err).getSubcommands().containsKey(args[0]);
    }

    /**
     * The program's command line: like {@link #run}, but {@code eval} of a big file goes to a JVM
     * tuned for it when one can be started ({@link BatchJvm}).
     */
    public static int main(String[] args) {
        if (BatchJvm.wanted(args)) {
            Optional<Integer> code = BatchJvm.run(args);
            if (code.isPresent()) return code.get();
        }
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = line(out, err);
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, a) -> {
            out.flush();
            err.println(usageError(e));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, where, parsed) -> {
            out.flush();
            err.println(where.getCommandSpec().qualifiedName() + ": " + message(e));
            // an expression error also shows where, with a caret under the column
            if (e instanceof ExpressionException x) err.println(x.pointer().indent(2).stripTrailing());
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    /** The command tree, printing to {@code out}. */
    private static CommandLine line(PrintStream out, PrintStream err) {
        Root root = new Root();
        root.out = out;
        CommandLine cl = new CommandLine(root);
        for (CliCommand c : commands()) {
            c.out = out;
            c.err = err;
            cl.addSubcommand(c);
        }
        cl.getSubcommands().get("expr").setUnmatchedOptionsArePositionalParams(true);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        return cl;
    }

    private static String message(Exception e) {
        if (e instanceof InputException || e instanceof GraphException) return e.getMessage();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
    }

    /** Edits (insert, delete, replace) between two words: a suggestion is only worth a typo's distance. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diag + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diag = up;
            }
        }
        return row[b.length()];
    }

    /** A mistake in the command line itself, as one line in the program's words. */
    static String usageError(ParameterException e) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        boolean top = e.getCommandLine().getParent() == null;
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            List<String> like = u.getSuggestions().stream().filter(c -> distance(c, arg) <= 2).toList();
            String hint = like.isEmpty() ? "" : " (did you mean " + String.join(" or ", like.subList(0, Math.min(3, like.size()))) + "?)";
            if (arg.startsWith("-") && arg.length() > 1) return name + ": unknown option '" + arg + "'" + hint;
            if (top) {
                if (like.isEmpty() && (arg.contains(".") || arg.contains("/"))) return name + ": " + arg + ": no such file";
                return name + ": unknown command '" + arg + "'" + hint;
            }
            return name + ": unexpected argument '" + arg + "'";
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec a = m.getMissing().get(0);
            if (a instanceof OptionSpec o) return name + ": " + o.longestName() + " " + o.paramLabel() + " is required";
            return name + ": missing " + a.paramLabel();
        }
        String m = e.getMessage() == null ? "invalid command line" : e.getMessage().replace('\n', ' ');
        return name + ": " + (m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1));
    }
}
