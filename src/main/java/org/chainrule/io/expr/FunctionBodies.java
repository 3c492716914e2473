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
        labelWithFormulas(g, Set.of());
        g.setName(name + "(" + String.join(", ", params) + ") = " + body.strip());
        return new FunctionDef(name, params, body, g);
    }

    /**
     * A mistake in a body given as a list of statements: {@code where} is the place inside the function
     * ({@code body[4], column 9} or {@code outputs}), {@code reason} what is wrong.
     */
    public static final class Mistake extends RuntimeException {
        private final String where;
        private final String reason;

        Mistake(String where, String reason) {
            super(where + ": " + reason);
            this.where = where;
            this.reason = reason;
        }

        public String where() { return where; }

        public String reason() { return reason; }
    }

    /**
     * The function {@code name(params)} whose body is a list of statements {@code name = expression}, each
     * reading the params and the names assigned before it, and that gives the assigned names
     * {@code outputs} (null: the last one). Every name is assigned once and read only after it is assigned.
     *
     * @param defined every function of the file, name → number of params
     * @throws Mistake naming the statement and column, or the outputs, of the first mistake
     */
    public static FunctionDef define(String name, List<String> params, List<String> statements, List<String> outputs,
                                     Map<String, Integer> defined) {
        if (statements.isEmpty()) throw new Mistake("body", "an empty list: give one statement name = expression per entry");
        List<ExpressionParser.Equation> eqs = new ArrayList<>();
        Map<String, Integer> assigned = new java.util.LinkedHashMap<>();
        for (int k = 0; k < statements.size(); k++) {
            String text = statements.get(k);
            ExpressionParser.Equation eq;
            try {
                eq = ExpressionParser.parseEquation(text, defined);
            } catch (ExpressionException e) {
                throw new Mistake("body[" + k + "], column " + e.column(), e.reason());
            }
            if (eq.name() == null) throw new Mistake("body[" + k + "], column 1", "write each statement as name = expression");
            String at = "body[" + k + "], column " + eq.nameColumn();
            if (params.contains(eq.name())) throw new Mistake(at, "'" + eq.name() + "' is a param: give the result a name of its own");
            Integer first = assigned.putIfAbsent(eq.name(), k);
            if (first != null) throw new Mistake(at, "'" + eq.name() + "' is assigned twice (first in body[" + first + "])");
            eqs.add(eq);
        }
        for (int k = 0; k < eqs.size(); k++) {
            for (Ast.Var v : reads(eqs.get(k).expression())) {
                if (params.contains(v.name())) continue;
                Integer where = assigned.get(v.name());
                if (where != null && where < k) continue;
                String at = "body[" + k + "], column " + v.column();
                if (where != null) throw new Mistake(at, "'" + v.name() + "' is used before it is assigned (in body[" + where + "])");
                throw new Mistake(at, "unknown name '" + v.name() + "' (the params are " + String.join(", ", params)
                        + (k == 0 ? "" : "; assigned before: " + String.join(", ", assigned.keySet().stream().limit(k).toList())) + ")");
            }
        }
        List<String> outs = outputs == null ? List.of(eqs.get(eqs.size() - 1).name()) : outputs;
        if (outs.isEmpty()) throw new Mistake("outputs", "an empty list: name at least one assigned name");
        Set<String> seen = new LinkedHashSet<>();
        for (String o : outs) {
            if (!assigned.containsKey(o)) throw new Mistake("outputs", "'" + o + "' is not assigned in the body (assigned: " + String.join(", ", assigned.keySet()) + ")");
            if (!seen.add(o)) throw new Mistake("outputs", "'" + o + "' is named twice");
        }
        Set<String> reserved = new LinkedHashSet<>(assigned.keySet());
        GraphBuilder b = GraphBuilder.statements(params, reserved);
        for (int k = 0; k < eqs.size(); k++) {
            try {
                b.statement(statements.get(k), eqs.get(k));
            } catch (ExpressionException e) {
                throw new Mistake("body[" + k + "], column " + e.column(), e.reason());
            }
        }
        Graph g = b.graph();
        labelWithFormulas(g, assigned.keySet());
        g.setOutputId(outs.get(0));
        g.setName(name + "(" + String.join(", ", params) + ") → " + String.join(", ", outs));
        return new FunctionDef(name, params, String.join("; ", statements), statements, outs, g);
    }

    /** The identifiers an expression reads (not the base e of e^x), each use in order. */
    private static List<Ast.Var> reads(Ast root) {
        List<Ast.Var> out = new ArrayList<>();
        List<Ast> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Ast a = stack.remove(stack.size() - 1);
            if (a instanceof Ast.Var v) out.add(v);
            else if (a instanceof Ast.Neg n) stack.add(n.operand());
            else if (a instanceof Ast.Binary bin) { stack.add(bin.right()); stack.add(bin.left()); }
            else if (a instanceof Ast.Power p) {
                stack.add(p.exponent());
                if (!(p.base() instanceof Ast.Var v && v.name().equals("e"))) stack.add(p.base());
            } else if (a instanceof Ast.Call c) {
                for (int i = c.args().size() - 1; i >= 0; i--) stack.add(c.args().get(i));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Ast.Var::column));
        return out;
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
     * does. A name a statement assigns is read by its name ({@code f*c}) and keeps its id as its label.
     */
    private static final Set<Op> INFIX = java.util.EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.NEG, Op.POW, Op.SQUARE);

    private static void labelWithFormulas(Graph g, Set<String> named) {
        java.util.Map<Node, String> text = new java.util.HashMap<>();
        for (Node n : g.nodes()) { // the builder's order: every node after the nodes it reads
            if (n.op().isSource() || named.contains(n.id())) {
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
