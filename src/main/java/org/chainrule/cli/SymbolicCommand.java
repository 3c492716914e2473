package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import org.chainrule.engine.symbolic.ChainRule;
import org.chainrule.engine.symbolic.Derivative;
import org.chainrule.engine.symbolic.UnknownNodeException;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code symbolic FILE --of ID --wrt ID [--latex] [--json]}: ∂of/∂wrt written out as a sum over paths
 * with common factors pulled out, and the number the engine computes for it. {@code --of} defaults to
 * the graph's output; {@code --wrt} may be a node or a node's init ({@code h.init}).
 */
@Command(name = "symbolic",
        description = "The chain rule written out: the derivative of one node with respect to another as a sum"
                + " over paths with common factors pulled out, its numbers and its value.")
public final class SymbolicCommand extends GraphCommand {

    @Option(names = "--of", paramLabel = "ID", description = "The node to differentiate (default: the graph's output).")
    String of;

    @Option(names = "--wrt", paramLabel = "ID", required = true,
            description = "With respect to: a node, ID.init, ID.bias or FROM->TO of a neuron.")
    String wrt;

    @Option(names = "--latex", description = "Prints the equation as LaTeX.")
    boolean latex;

    @Mixin
    JsonFlag json;

    @Override
    int run(PrintStream out) {
        Graph g = graph.load();
        String of = this.of;
        if (of == null) {
            Node o = g.output();
            if (o == null) throw new InputException(graph.file + ": the graph has no single output: name one with --of");
            of = o.id();
        }
        Derivative d;
        try {
            d = ChainRule.derive(g, of, wrt);
        } catch (UnknownNodeException e) {
            throw new InputException(graph.file + ": " + (e.role() == UnknownNodeException.Role.OF ? "--of" : "--wrt") + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(graph.file + ": " + e.getMessage());
        }
        if (json.on) {
            out.println(JsonOutput.toJson(json(d)));
        } else if (latex) {
            out.println(d.latexEquation());
        } else {
            String indent = " ".repeat(d.lhs().length());
            DistinctNumbers numbers = d.numberFormat();
            out.println(d.equation());
            if (!d.paths().isEmpty()) out.println(indent + " = " + d.numbers());
            out.println(indent + " = " + numbers.human(d.value()));
            out.println();
            List<List<String>> paths = d.pathNames();
            List<Double> values = d.pathValues();
            out.println(paths.size() + (paths.size() == 1 ? " path" : " paths") + " from " + wrt + " to " + of
                    + (paths.isEmpty() ? "" : ", each with the product of its local derivatives") + ":");
            int w = 0;
            for (List<String> p : paths) w = Math.max(w, String.join(" → ", p).length());
            for (int i = 0; i < paths.size(); i++) {
                String p = String.join(" → ", paths.get(i));
                out.println("  " + p + " ".repeat(w - p.length()) + "   " + numbers.human(values.get(i)));
            }
        }
        return 0;
    }

    /**
     * {@code {"of", "wrt", "derivative", "expression", "latex", "expanded", "numbers", "paths",
     * "path_values", "value"}}.
     */
    public static JsonObject json(Derivative d) {
        JsonObject o = new JsonObject();
        o.addProperty("of", d.of());
        o.addProperty("wrt", d.wrt());
        o.addProperty("derivative", d.lhs());
        o.addProperty("expression", d.expression());
        o.addProperty("latex", d.latex());
        o.addProperty("expanded", d.expandedExpression());
        JsonArray paths = new JsonArray();
        for (List<String> p : d.pathNames()) {
            JsonArray path = new JsonArray();
            for (String s : p) path.add(s);
            paths.add(path);
        }
        o.addProperty("numbers", d.numbers());
        o.add("paths", paths);
        o.add("path_values", JsonOutput.list(d.pathValues()));
        o.addProperty("value", d.value());
        return o;
    }
}
