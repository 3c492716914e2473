package org.chainrule.io.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * Turns a parsed expression into a computation graph, one node per operation as an exam draws it.
 *
 * <ul>
 *   <li>Each identifier is one node, however often it is used (a second use is a second outgoing edge:
 *       a fan-out, e.g. the skip connection of {@code max(w*x + x, 0)}); identifiers named as params
 *       become {@code param} nodes, the others {@code input} nodes.</li>
 *   <li>Each number is its own {@code const} node labelled with the number as typed; a minus sign
 *       directly on a number makes a negative constant.</li>
 *   <li>{@code a^k} with a constant exponent (a number, or arithmetic of numbers) is {@code pow} with
 *       {@code p = k}. {@code e^X} is {@code exp(X)}: the base {@code e} written right before {@code ^}
 *       is Euler's number; anywhere else {@code e} is an ordinary identifier. Any other variable
 *       exponent is an error.</li>
 *   <li>Operation nodes are named after their op with a counter ({@code mul1}, {@code add1},
 *       {@code add2}, {@code const1}), skipping names the expression uses itself; the root is the
 *       graph's output, named by the expression when it starts with one ({@code y = max(w*x, 0)}).</li>
 * </ul>
 * Nodes are added identifiers first (in order of first appearance), then operations bottom-up; edges
 * into a node are added in argument order, and ordered ops also get an explicit {@code arg}.
 */
final class GraphBuilder {
    private String source;
    private final Set<String> params;
    private final Graph graph = new Graph();
    private final Set<String> taken = new LinkedHashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();

    private GraphBuilder(String source, Set<String> params) {
        this.source = source;
        this.params = params;
    }

    static Graph build(String source, ExpressionParser.Equation eq, Set<String> params) {
        return build(source, eq, params, Set.of());
    }

    /** {@link #build(String, ExpressionParser.Equation, Set)}, no generated name taking one of {@code reserved}. */
    static Graph build(String source, ExpressionParser.Equation eq, Set<String> params, Set<String> reserved) {
        GraphBuilder b = new GraphBuilder(source, params);
        b.taken.addAll(reserved);
        Ast root = eq.expression();
        b.addIdentifiers(root);
        String name = eq.name();
        if (name != null) {
            if (b.graph.node(name) != null) {
                throw new ExpressionException(source, eq.nameColumn(), "'" + name + "' names the result and is also used in the expression");
            }
            b.taken.add(name);
        }
        Node out = b.node(root);
        if (name != null) {
            // y = x: the result needs a node of its own
            if (out.op().isSource() && root instanceof Ast.Var) out = b.op(Op.IDENTITY, List.of(out));
            b.graph.rename(out, name);
        }
        b.graph.setOutputId(out.id());
        return b.graph;
    }

    /**
     * A builder of one graph from statements {@code name = expression} ({@link #statement}), each name one
     * node of that id that later statements read; the {@code inputs} are {@code input} nodes, added first in
     * their order, and no generated name takes one of {@code reserved}.
     */
    static GraphBuilder statements(List<String> inputs, Set<String> reserved) {
        GraphBuilder b = new GraphBuilder("", Set.of());
        b.taken.addAll(reserved);
        b.taken.addAll(inputs);
        for (String in : inputs) b.graph.add(in, Op.INPUT);
        return b;
    }

    /**
     * Adds the statement {@code eq} (it has a name; every identifier it reads is a node already): its
     * operations, and its result as the node of its name (an identity node when it only reads a name).
     */
    Node statement(String text, ExpressionParser.Equation eq) {
        source = text;
        Ast root = eq.expression();
        Node out = node(root);
        if (root instanceof Ast.Var) out = op(Op.IDENTITY, List.of(out));
        graph.rename(out, eq.name());
        return out;
    }

    /** The graph built so far. */
    Graph graph() { return graph; }

    /** Adds one node per identifier, in order of first appearance, walking the tree without recursion. */
    private void addIdentifiers(Ast root) {
        List<Ast> stack = new ArrayList<>();
        stack.add(root);
        List<String> names = new ArrayList<>();
        while (!stack.isEmpty()) {
            Ast a = stack.remove(stack.size() - 1);
            if (a instanceof Ast.Var v) {
                if (!names.contains(v.name())) names.add(v.name());
            } else if (a instanceof Ast.Neg n) {
                stack.add(n.operand());
            } else if (a instanceof Ast.Binary b) {
                stack.add(b.right());
                stack.add(b.left());
            } else if (a instanceof Ast.Power p) {
                stack.add(p.exponent());
                if (!isEuler(p)) stack.add(p.base());
            } else if (a instanceof Ast.Call c) {
                for (int i = c.args().size() - 1; i >= 0; i--) stack.add(c.args().get(i));
            }
        }
        taken.addAll(names);
        for (String name : names) graph.add(name, params.contains(name) ? Op.PARAM : Op.INPUT);
    }

    private Node node(Ast a) {
        if (a instanceof Ast.Var v) return graph.node(v.name());
        if (a instanceof Ast.Num n) return constant(n.value(), n.text());
        if (a instanceof Ast.Neg n) {
            if (n.operand() instanceof Ast.Num num) return constant(-num.value(), "−" + num.text());
            return op(Op.NEG, List.of(node(n.operand())));
        }
        if (a instanceof Ast.Binary b) {
            Node left = node(b.left());
            Node right = node(b.right());
            Op op = b.op() == '+' ? Op.ADD : b.op() == '-' ? Op.SUB : b.op() == '*' ? Op.MUL : b.op() == '@' ? Op.MATMUL : Op.DIV;
            return op(op, List.of(left, right));
        }
        if (a instanceof Ast.Power p) return power(p);
        Ast.Call c = (Ast.Call) a;
        Functions.Spec spec = Functions.get(c.name());
        if (spec == null) {
            // a function the file defines (the parser knows its arity): one node that calls it
            List<Node> args = new ArrayList<>();
            for (Ast arg : c.args()) args.add(node(arg));
            Node n = op(Op.FUNCTION, c.name(), args);
            n.setFunction(c.name());
            return n;
        }
        if (spec.constantLast() && c.args().size() == 2) {
            boolean reduce = spec.op() == Op.SUM || spec.op() == Op.MEAN;
            String what = c.name().equals("pow") ? "the exponent of pow" : reduce ? "the axis of " + c.name() : "the slope of " + c.name();
            double k = constant(c.args().get(1), what);
            if (reduce && (k != Math.rint(k) || Math.abs(k) > 8)) {
                throw new ExpressionException(source, c.args().get(1).column(), what + " must be a whole number (0: down the rows, 1: along each row)");
            }
            Node n = op(spec.op(), List.of(node(c.args().get(0))));
            if (spec.op() == Op.POW) n.setP(k);
            else if (reduce) n.setAxis((int) k);
            else n.setAlpha(k);
            return n;
        }
        List<Node> args = new ArrayList<>();
        for (Ast arg : c.args()) args.add(node(arg));
        return op(spec.op(), args);
    }

    private Node power(Ast.Power p) {
        if (isEuler(p)) return op(Op.EXP, List.of(node(p.exponent())));
        double k = constant(p.exponent(), "the exponent");
        Node n = op(Op.POW, List.of(node(p.base())));
        n.setP(k);
        return n;
    }

    private static boolean isEuler(Ast.Power p) {
        return p.base() instanceof Ast.Var v && v.name().equals("e");
    }

    /** The value of a part made only of numbers, or an error naming {@code what} at its column. */
    private double constant(Ast a, String what) {
        Double v = Constants.value(a);
        if (v == null) {
            throw new ExpressionException(source, a.column(),
                    what + " must be a constant number (write exp(...) or e^(...) for a variable power of e)");
        }
        if (v.isNaN() || v.isInfinite()) {
            throw new ExpressionException(source, a.column(), what + " is not a finite number");
        }
        return v;
    }

    private Node constant(double value, String text) {
        Node n = graph.add(fresh("const"), Op.CONST);
        n.setValue(value);
        n.setLabel(text);
        return n;
    }

    private Node op(Op op, List<Node> args) {
        return op(op, op.id(), args);
    }

    private Node op(Op op, String name, List<Node> args) {
        Node n = graph.add(fresh(name), op);
        for (int i = 0; i < args.size(); i++) {
            Edge e = graph.connect(args.get(i), n);
            if (op.isOrdered()) e.setArg(i);
        }
        return n;
    }

    private String fresh(String base) {
        int k = counters.getOrDefault(base, 0);
        String id;
        do {
            k++;
            id = base + k;
        } while (taken.contains(id));
        counters.put(base, k);
        taken.add(id);
        return id;
    }
}
