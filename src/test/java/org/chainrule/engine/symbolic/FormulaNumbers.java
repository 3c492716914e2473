package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;

/**
 * Test helpers that read a chain-rule formula back: the number it stands for (each local partial taken
 * from the engine's edge gradients) and the paths it sums over (multiplying out the brackets).
 */
final class FormulaNumbers {
    private FormulaNumbers() {}

    /**
     * The formula's number. A local partial ∂n⟨t⟩/∂s⟨t'⟩ is the sum, over the edges s → n whose delay
     * leads from step t back to t', of edgeGrad / grad(n at t); valid where grad(n at t) ≠ 0.
     */
    static double value(Term t, Graph g, Evaluation ev) {
        if (t instanceof Term.One) return 1;
        if (t instanceof Term.Sum s) {
            double v = 0;
            for (Term x : s.terms()) v += value(x, g, ev);
            return v;
        }
        if (t instanceof Term.Product p) {
            double v = 1;
            for (Term x : p.factors()) v *= value(x, g, ev);
            return v;
        }
        Term.Partial d = (Term.Partial) t;
        int step = d.of().t();
        double adj = ev.grad(d.of().node(), step);
        if (adj == 0 && step == g.timesteps()) {
            // ∂out/∂n is 0 here (paths cancel): make n the output of a copy, so its seed is 1
            Graph c = g.copy();
            c.setOutputId(d.of().node().id());
            Term.Partial same = new Term.Partial(new TimeNode(c.node(d.of().node().id()), step),
                    new TimeNode(c.node(d.wrt().node().id()), d.wrt().t()));
            return value(same, c, org.chainrule.engine.Engine.evaluate(c));
        }
        if (adj == 0) throw new IllegalStateException("no local partial readable at " + d);
        double sum = 0;
        for (Edge e : g.incoming(d.of().node())) {
            if (g.source(e) != d.wrt().node()) continue;
            int from = Math.max(0, step - g.delay(e));
            if (from == d.wrt().t()) sum += ev.edgeGrad(e, step) / adj;
        }
        return sum;
    }

    /** The paths a formula sums over, brackets multiplied out; each as its edges from of to wrt. */
    static List<List<Term.Partial>> expand(Term t) {
        List<List<Term.Partial>> out = new ArrayList<>();
        if (t instanceof Term.One) {
            out.add(List.of());
        } else if (t instanceof Term.Partial p) {
            out.add(List.of(p));
        } else if (t instanceof Term.Sum s) {
            for (Term x : s.terms()) out.addAll(expand(x));
        } else {
            out.add(List.of());
            for (Term f : ((Term.Product) t).factors()) {
                List<List<Term.Partial>> next = new ArrayList<>();
                for (List<Term.Partial> left : out) {
                    for (List<Term.Partial> right : expand(f)) {
                        List<Term.Partial> joined = new ArrayList<>(left);
                        joined.addAll(right);
                        next.add(joined);
                    }
                }
                out = next;
            }
        }
        return out;
    }

    /** The paths as the formula should hold them: edges from of to wrt. */
    static Set<List<Term.Partial>> asEdges(List<List<TimeNode>> paths) {
        Set<List<Term.Partial>> out = new HashSet<>();
        for (List<TimeNode> p : paths) {
            List<Term.Partial> es = new ArrayList<>();
            for (int i = p.size() - 1; i > 0; i--) es.add(new Term.Partial(p.get(i), p.get(i - 1)));
            out.add(es);
        }
        return out;
    }
}
