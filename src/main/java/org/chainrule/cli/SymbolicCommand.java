package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.chainrule.engine.symbolic.ChainRule;
import org.chainrule.engine.symbolic.Derivative;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.DistinctNumbers;

/**
 * {@code symbolic FILE --of ID --wrt ID [--latex] [--json]}: ∂of/∂wrt written out as a sum over paths
 * with common factors pulled out, and the number the engine computes for it. {@code --of} defaults to
 * the graph's output; {@code --wrt} may be a node or a node's init ({@code h.init}).
 */
public final class SymbolicCommand implements Command {
    public String name() { return "symbolic"; }

    public String usage() {
        return "symbolic FILE --of ID --wrt ID [--latex] [--json]   the chain rule written out";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--of", "--wrt", "--set"), Set.of("--latex", "--json"));
        String file = a.single("FILE");
        String wrt = a.option("--wrt");
        if (wrt == null) throw new UsageException("symbolic: --wrt is required");
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        String of = a.option("--of");
        if (of == null) {
            Node o = g.output();
            if (o == null) throw new InputException(file + ": the graph has no single output: name one with --of");
            of = o.id();
        }
        Derivative d;
        try {
            d = ChainRule.derive(g, of, wrt);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        if (a.flag("--json")) {
            out.println(JsonOutput.toJson(json(d)));
        } else if (a.flag("--latex")) {
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
