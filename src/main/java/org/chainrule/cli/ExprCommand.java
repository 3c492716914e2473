package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.io.expr.Expressions;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Graph;

/**
 * {@code expr "EXPR" [--set a=1,b=2] [--params w,b] [-o OUT.json] [--json]}: builds the computation
 * graph of an exam formula, lays it out, evaluates it and prints what {@code eval} prints. The expression
 * may start with a minus sign ({@code expr "-x^2" --set x=3}).
 */
public final class ExprCommand implements Command {
    private static final Set<String> VALUED = Set.of("--set", "--params", "-o");
    private static final Set<String> FLAGS = Set.of("--json");

    public String name() { return "expr"; }

    public String usage() {
        return "expr \"EXPR\" [--set a=1,b=2] [--params w,b] [-o OUT] [--json]   graph of a formula, evaluated";
    }

    public int run(String[] argv, PrintStream out) {
        return run(argv, out, System.err);
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        String text = expressionArgument(argv, rest);
        Args a = Args.parse(name(), rest.toArray(new String[0]), 0, VALUED, FLAGS);
        if (!a.positional().isEmpty()) throw new UsageException("expr: unexpected argument '" + a.positional().get(0) + "'");
        if (text == null) throw new UsageException("expr: missing \"EXPR\"");
        Graph g = Expressions.toGraph(text, names(a.option("--params")));
        GraphInput.applySets(g, a.option("--set"), "the expression");
        List<String> missing = Expressions.missingValues(g);
        if (!missing.isEmpty()) {
            String which = String.join(", ", missing);
            throw new InputException((missing.size() == 1 ? "identifier " + which + " has no value"
                    : "identifiers " + which + " have no value") + ": give " + (missing.size() == 1 ? "it" : "them")
                    + " with --set " + missing.get(0) + "=...");
        }
        LayeredLayout.apply(g);
        Evaluation ev = Engine.evaluate(g);
        boolean json = a.flag("--json");
        out.println(json ? JsonOutput.toJson(EvaluationReport.json(ev)) : EvaluationReport.human(ev));
        EvaluationReport.warnings(ev, "the expression", err);
        if (a.option("-o") != null) {
            GraphFile.write(g, Path.of(a.option("-o")));
            if (!json) out.println("saved " + a.option("-o"));
        }
        return 0;
    }

    /**
     * Takes the expression out of the arguments (the first one that is neither an option nor an option's
     * value, even when it starts with '-') and copies the others to {@code rest}.
     */
    private static String expressionArgument(String[] argv, List<String> rest) {
        String text = null;
        for (int i = 1; i < argv.length; i++) {
            String s = argv[i];
            if (VALUED.contains(s)) {
                rest.add(s);
                if (i + 1 < argv.length) rest.add(argv[++i]);
            } else if (FLAGS.contains(s) || s.startsWith("--") && VALUED.contains(s.split("=", 2)[0])) {
                rest.add(s);
            } else if (text == null && !(s.startsWith("--") && s.length() > 2)) {
                text = s;
            } else {
                rest.add(s);
            }
        }
        return text;
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }
}
