package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;

/**
 * The local derivatives of a function node, written out from the function's body by the chain rule
 * ({@link ChainRule} applied to the body at the call's arguments): {@code ∂y/∂z = ∂softplus/∂a at a = 0:
 * ∂log(1 + exp(a))/∂(1 + exp(a))·∂(1 + exp(a))/∂exp(a)·∂exp(a)/∂a = 1·0.5·1 = 0.5}. The number is the one
 * the passes use for the node, which come from the same body. A node that computes one output of a cell
 * is derived from the body at that output ({@code ∂lstm.c2/∂c = f}).
 */
public final class FunctionDerivatives {
    private FunctionDerivatives() {}

    /** One line per argument of {@code call} at step t; empty when the node calls no function. */
    public static List<String> lines(Graph g, Node call, Evaluation ev, int t) {
        FunctionDef f = call.op() == Op.FUNCTION ? g.function(call.function()) : null;
        if (f == null) return List.of();
        List<Edge> args = g.arguments(call);
        if (args.size() != f.arity()) return List.of();
        Graph body = f.graph().copy();
        for (FunctionDef other : g.functions()) body.define(other);
        List<String> at = new ArrayList<>();
        for (int a = 0; a < f.arity(); a++) {
            double v = ev.edgeValue(args.get(a), t);
            body.node(f.params().get(a)).setValue(v);
            at.add(f.params().get(a) + " = " + Numbers.human(v));
        }
        String root = f.resultNode(call.functionOutput());
        if (root == null) return List.of();
        // a cell's output is named after the function and the output: ∂lstm.c2/∂c
        String of = call.functionOutput() == null ? f.name() : f.name() + "." + call.functionOutput();
        List<String> out = new ArrayList<>();
        for (int a = 0; a < f.arity(); a++) {
            String p = f.params().get(a);
            String local = KeyNames.partial(KeyNames.node(call), KeyNames.node(g.source(args.get(a))));
            String head = local + " = " + KeyNames.partial(of, p) + " at "+ String.join(", ", at);
            if (root.equals(p)) {
                out.add(head + ": 1");
                continue;
            }
            try {
                Derivative d = ChainRule.derive(body, root, p);
                String formula = d.expression(), numbers = d.numbers(), value = d.numberFormat().human(d.value());
                out.add(head + ": " + formula + (numbers.equals(value) ? "" : " = " + numbers) + " = " + value);
            } catch (RuntimeException e) {
                out.add(head + ": " + Numbers.human(ev.localPartial(args.get(a), t)));
            }
        }
        return out;
    }
}
