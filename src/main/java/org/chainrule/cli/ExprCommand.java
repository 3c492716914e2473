package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.chainrule.io.FunctionDefinitions;
import org.chainrule.io.InputException;
import org.chainrule.io.expr.Expressions;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code expr "EXPR" [--set a=1,b=2] [--params w,b] [--define 'f(a) = BODY']... [--functions FILE]
 * [-o OUT.json] [--json]}: builds the computation
 * graph of an exam formula, lays it out, evaluates it and prints what {@code eval} prints. The expression
 * may start with a minus sign ({@code expr "-x^2" --set x=3}): this command takes an argument it does not
 * know as an option for the expression ({@link Cli} sets that up), and refuses the rest here.
 */
@Command(name = "expr",
        description = "The computation graph of a formula (y = max(w*x + x, 0)), laid out and evaluated;"
                + " prints what eval prints.")
final class ExprCommand extends CliCommand {
    @Parameters(paramLabel = "EXPR", arity = "0..*", description = "The formula, in quotes; it may start with '-'.")
    List<String> words = new ArrayList<>();

    @Option(names = "--params", paramLabel = "w,b", description = "Identifiers that become trainable params (the others are inputs).")
    String params;

    @Option(names = "-o", paramLabel = "OUT", description = "Saves the graph file to OUT.")
    String target;

    @Mixin
    JsonFlag json;

    @Option(names = "--set", paramLabel = "a=1,b=2", description = "The values of the expression's identifiers.")
    String sets;

    @Option(names = "--define", paramLabel = "'f(a) = BODY'",
            description = "Defines a function the expression may call, e.g. 'softplus(a) = log(1 + exp(a))'; repeatable.")
    List<String> definitions = new ArrayList<>();

    @Option(names = "--functions", paramLabel = "FILE",
            description = "Lets the expression call the functions that graph file FILE defines.")
    Path functionsFile;

    @Override
    int run(PrintStream out) {
        if (words.isEmpty()) throw new UsageException("missing \"EXPR\"");
        for (String w : words.subList(1, words.size())) {
            if (w.startsWith("--")) throw new UsageException("unknown option '" + w + "'");
            throw new UsageException("unexpected argument '" + w + "' (quote the whole expression)");
        }
        String text = words.get(0);
        if (text.startsWith("--") && text.length() > 2) throw new UsageException("unknown option '" + text + "'");
        Graph g = Expressions.toGraph(text, names(params), functions());
        // an identifier set to a list is a tensor of that shape ("W=[[1,2],[3,4]]"): a tensor source
        SetOption.parse(sets).forEach((key, v) -> {
            Node n = g.node(key);
            if (n != null && n.op().isSource() && !n.hasValue() && !v.isScalar()) n.setTensors(v.shape(), List.of(v), false);
        });
        GraphInput.applySets(g, sets, "the expression");
        List<String> missing = Expressions.missingValues(g);
        if (!missing.isEmpty()) {
            String which = String.join(", ", missing);
            throw new InputException((missing.size() == 1 ? "identifier " + which + " has no value"
                    : "identifiers " + which + " have no value") + ": give " + (missing.size() == 1 ? "it" : "them")
                    + " with --set " + missing.get(0) + "=...");
        }
        LayeredLayout.apply(g);
        Evaluation ev = Engine.evaluate(g);
        out.println(json.on ? JsonOutput.toJson(EvaluationReport.json(ev)) : EvaluationReport.human(ev));
        EvaluationReport.warnings(ev, "the expression", err);
        if (target != null) {
            GraphFile.write(g, Path.of(target));
            if (!json.on) out.println("saved " + target);
        }
        return 0;
    }

    /** The functions of --functions FILE and of every --define; a definition replaces a file's function of its name. */
    private Collection<FunctionDef> functions() {
        Map<String, FunctionDef> byName = new LinkedHashMap<>();
        if (functionsFile != null) for (FunctionDef f : GraphFile.read(functionsFile).functions()) byName.put(f.name(), f);
        if (!definitions.isEmpty()) for (FunctionDef f : FunctionDefinitions.read(definitions)) byName.put(f.name(), f);
        return byName.values();
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }
}
