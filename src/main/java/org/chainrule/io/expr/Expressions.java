package org.chainrule.io.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.io.InputException;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * Exam formulas to computation graphs: {@code max(w*x + x, 0)} becomes the graph an exam would draw,
 * with the root as its output. Nodes have no positions yet: callers lay the graph out (the layout
 * package sits beside this one, not below it). See {@link ExpressionParser} for the syntax and
 * {@link GraphBuilder} for how the graph is shaped. Values are left unset; callers give them by key.
 */
public final class Expressions {
    private Expressions() {}

    /** Parses {@code text} ({@code [NAME =] EXPR}); throws {@link ExpressionException} pointing at the first mistake. */
    public static Ast parse(String text) {
        return ExpressionParser.parse(text);
    }

    /**
     * The graph of {@code text} with no params: every identifier is an input. The text may name its
     * result first ({@code y = max(w*x + x, 0)}); otherwise the root keeps its generated name.
     */
    public static Graph toGraph(String text) {
        return toGraph(text, List.of());
    }

    /**
     * The graph of {@code text}; the identifiers in {@code params} become trainable params, the others
     * inputs. A param that the expression does not use is an error.
     */
    public static Graph toGraph(String text, Collection<String> params) {
        return toGraph(text, params, List.of());
    }

    /**
     * The graph of {@code text}, which may also call {@code functions} (a file's own functions); the
     * graph defines the functions it calls.
     */
    public static Graph toGraph(String text, Collection<String> params, Collection<FunctionDef> functions) {
        java.util.Map<String, Integer> defined = new java.util.LinkedHashMap<>();
        for (FunctionDef f : functions) defined.put(f.name(), f.arity());
        ExpressionParser.Equation eq = ExpressionParser.parseEquation(text, defined);
        Set<String> ps = new LinkedHashSet<>(params);
        Graph g = GraphBuilder.build(text, eq, ps);
        for (FunctionDef f : functions) g.define(f);
        for (Node n : g.nodes()) {
            FunctionDef f = n.op() == Op.FUNCTION ? g.function(n.function()) : null;
            if (f != null && f.hasOutputs()) {
                throw new InputException("expression " + text.strip() + ": " + f.signature() + " has the outputs "
                        + String.join(", ", f.outputs()) + ": an expression cannot say which; call it from a node with \"output\"");
            }
        }
        for (String p : ps) {
            Node n = g.node(p);
            if (n == null || !n.op().isSource() || n.op() == Op.CONST) {
                throw new InputException("param '" + p + "' is not an identifier of the expression " + text.strip());
            }
        }
        g.setName(text.strip());
        g.setDescription("The computation graph of the expression " + text.strip());
        return g;
    }

    /** Identifiers of the graph (inputs and params) that have no value yet, in node order. */
    public static List<String> missingValues(Graph g) {
        List<String> out = new ArrayList<>();
        for (Node n : g.nodes()) {
            if ((n.op() == Op.INPUT || n.op() == Op.PARAM) && !n.hasValue()) out.add(n.id());
        }
        return out;
    }
}
