package org.chainrule.io.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * The body of a function a file defines, from its text to the computation graph the engine runs
 * ({@link FunctionDef}): parsed as an expression, each param an {@code input} node named after it (a
 * param the body does not use too), the body's result the output. The body may call the built-in
 * functions and the file's other functions (whose arities are {@code defined}); any other name is an
 * error at its column.
 */
public final class FunctionBodies {
    private FunctionBodies() {}

    /**
     * The function {@code name(params) = body}.
     *
     * @param defined every function of the file, name → number of params
     * @throws ExpressionException at the column of the first mistake of the body
     */
    public static FunctionDef define(String name, List<String> params, String body, Map<String, Integer> defined) {
        ExpressionParser.Equation eq = ExpressionParser.parseEquation(body, defined);
        if (eq.name() != null) {
            throw new ExpressionException(body, eq.nameColumn(), "a body is an expression over the params, without '" + eq.name() + " ='");
        }
        Set<String> ps = new LinkedHashSet<>(params);
        Graph g = GraphBuilder.build(body, eq, Set.of(), ps);
        for (Node n : new ArrayList<>(g.nodes())) {
            if (n.op() == Op.INPUT && !ps.contains(n.id())) {
                throw new ExpressionException(body, column(eq.expression(), n.id()),
                        "unknown name '" + n.id() + "' (the params are " + String.join(", ", params) + ")");
            }
        }
        for (String p : params) if (g.node(p) == null) g.add(p, Op.INPUT);
        labelWithFormulas(g);
        g.setName(name + "(" + String.join(", ", params) + ") = " + body.strip());
        return new FunctionDef(name, params, body, g);
    }

    /** The functions this body calls that are not built in (in order of first call). */
    public static Set<String> calls(FunctionDef f) {
        Set<String> out = new LinkedHashSet<>();
        for (Node n : f.graph().nodes()) if (n.op() == Op.FUNCTION) out.add(n.function());
        return out;
    }

    /**
     * Labels each computed node of a body with the part of the body it computes ({@code exp(a)},
     * {@code 1 + exp(a)}), so that the chain rule through the body and its expanded nodes read as the body
     * does. Nodes are in the builder's order: identifiers first, then operations bottom-up.
     */
    private static final Set<Op> INFIX = java.util.EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.NEG, Op.POW, Op.SQUARE);

    private static void labelWithFormulas(Graph g) {
        java.util.Map<Node, String> text = new java.util.HashMap<>();
        for (Node n : g.nodes()) {
            if (n.op().isSource()) {
                text.put(n, n.displayName());
                continue;
            }
            List<org.chainrule.model.Edge> in = g.arguments(n);
            String[] args = new String[in.size()];
            boolean infix = INFIX.contains(n.op());
            for (int a = 0; a < args.length; a++) {
                String s = text.get(g.source(in.get(a)));
                args[a] = infix && s.contains(" ") ? "(" + s + ")" : s;
            }
            String t = n.op() == Op.FUNCTION ? n.function() + "(" + String.join(", ", args) + ")" : n.op().format(args, n.opParam());
            text.put(n, t);
            n.setLabel(t);
        }
    }

    /** The column of the first use of identifier {@code id}. */
    private static int column(Ast root, String id) {
        List<Ast> stack = new ArrayList<>(List.of(root));
        int best = Integer.MAX_VALUE;
        while (!stack.isEmpty()) {
            Ast a = stack.remove(stack.size() - 1);
            if (a instanceof Ast.Var v && v.name().equals(id)) best = Math.min(best, v.column());
            else if (a instanceof Ast.Neg n) stack.add(n.operand());
            else if (a instanceof Ast.Binary b) { stack.add(b.left()); stack.add(b.right()); }
            else if (a instanceof Ast.Power p) { stack.add(p.base()); stack.add(p.exponent()); }
            else if (a instanceof Ast.Call c) stack.addAll(c.args());
        }
        return best == Integer.MAX_VALUE ? 1 : best;
    }
}
