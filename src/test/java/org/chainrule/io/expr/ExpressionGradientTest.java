package org.chainrule.io.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/**
 * Random smooth expressions: the graph's value equals the expression evaluated straight from its parse
 * tree, and the reverse-mode gradient of every identifier and every intermediate node equals a central
 * finite difference.
 */
class ExpressionGradientTest {
    @Test
    void valuesAndEveryPartialMatchFiniteDifferences() {
        Random r = new Random(42);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            String text = RandomExpressions.smooth(r, 4);
            // a is a trainable param when the expression uses it, b and c are inputs
            Graph g = Expressions.toGraph(text);
            if (g.node("a") != null) g = Expressions.toGraph(text, List.of("a"));
            Map<String, Double> env = new HashMap<>();
            for (String id : List.of("a", "b", "c")) {
                double v = 0.5 + r.nextDouble();
                env.put(id, v);
                if (g.node(id) != null) g.node(id).setValue(v);
            }
            Evaluation ev = Engine.evaluate(g);
            double direct = interpret(Expressions.parse(text), env);
            assertEquals(direct, ev.value(), 1e-9 * (1 + Math.abs(direct)), text);
            for (Node n : g.nodes()) {
                if (n.op() == Op.CONST) continue;
                double fd = n.op().isSource() ? FiniteDifference.estimate(g, n.id()) : shiftedNode(g, n.id());
                double grad = ev.grad(n.id());
                assertEquals(fd, grad, 1e-5 * (1 + Math.abs(grad)), text + " ∂/∂" + n.id());
                checked++;
            }
        }
        assertEquals(true, checked > 1000, "checked " + checked);
    }

    /** ∂out/∂(inner node): turn the node into an input at its current value and difference that. */
    private static double shiftedNode(Graph g, String id) {
        Graph c = g.copy();
        double v = Engine.evaluate(c).value(c.node(id));
        Node n = c.node(id);
        for (var e : List.copyOf(c.incoming(n))) c.remove(e);
        n.setOp(Op.INPUT);
        n.setValue(v);
        return FiniteDifference.estimate(c, id);
    }

    /** The expression's value computed from the parse tree, independently of the graph and the engine. */
    private static double interpret(Ast a, Map<String, Double> env) {
        if (a instanceof Ast.Num n) return n.value();
        if (a instanceof Ast.Var v) return env.get(v.name());
        if (a instanceof Ast.Neg n) return -interpret(n.operand(), env);
        if (a instanceof Ast.Binary b) {
            double l = interpret(b.left(), env), rr = interpret(b.right(), env);
            switch (b.op()) {
                case '+': return l + rr;
                case '-': return l - rr;
                case '*': return l * rr;
                default: return l / rr;
            }
        }
        if (a instanceof Ast.Power p) return Math.pow(interpret(p.base(), env), interpret(p.exponent(), env));
        Ast.Call c = (Ast.Call) a;
        double x = interpret(c.args().get(0), env);
        switch (c.name()) {
            case "exp": return Math.exp(x);
            case "log": return Math.log(x);
            case "sin": return Math.sin(x);
            case "cos": return Math.cos(x);
            case "tanh": return Math.tanh(x);
            case "sigmoid": return 1 / (1 + Math.exp(-x));
            case "square": return x * x;
            case "neg": return -x;
            case "identity": return x;
            case "sq_err": {
                double d = x - interpret(c.args().get(1), env);
                return d * d;
            }
            default: throw new IllegalArgumentException(c.name());
        }
    }
}
