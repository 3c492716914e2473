package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainrule.ops.DistinctNumbers;

/**
 * d of/d wrt written out by the chain rule: the paths it sums over and the factored formula in both
 * notations. {@code of} is read at the last time step; {@code wrt} is a node (its gradient summed over
 * steps, as the engine reports it) or a node's init ({@code h.init}).
 *
 * @param of the node differentiated
 * @param wrt the node id, or {@code ID.init}
 * @param timed whether names carry time steps (the graph has delayed edges)
 * @param paths each path from the wrt end to of, through the graph unrolled in time
 * @param factored the sum over paths with common factors pulled out
 * @param value the number the engine computes for this derivative (reverse mode)
 * @param factors the number of every partial in the formula (the local derivative at the evaluated values)
 * @param lhs the left-hand side, the total derivative as people read it: {@code de/dx2}, {@code dy_2/du},
 *     {@code dJ/dw[1]_13} (names from {@link org.chainrule.model.KeyNames})
 * @param lhsLatex the same in LaTeX: {@code \frac{\mathrm{d} e}{\mathrm{d} x_{2}}}
 */
public record Derivative(String of, String wrt, boolean timed, List<List<TimeNode>> paths, Term factored,
        double value, Map<Term.Partial, Double> factors, String lhs, String lhsLatex) {
    public Derivative {
        paths = List.copyOf(paths);
        factors = Map.copyOf(factors);
    }

    /** The formula with each partial replaced by its number: {@code 1·(2·1 + 1·0.5)}. */
    public String numbers() {
        return Notation.UNICODE.writeNumbers(factored, factors, numberFormat());
    }

    /**
     * How this derivative's numbers are written for people: its factors, its path values and its value,
     * no two different ones the same ({@code 1 + 0.0002 = 1.0002}, never {@code = 1}).
     */
    public DistinctNumbers numberFormat() {
        List<Double> all = new ArrayList<>(factors.values());
        all.addAll(pathValues());
        all.add(value);
        return DistinctNumbers.of(all);
    }

    /** The product of the local partials along each path, in path order; they add up to {@link #value()}. */
    public List<Double> pathValues() {
        List<Double> out = new ArrayList<>();
        for (List<TimeNode> p : paths) {
            double v = 1;
            for (int i = p.size() - 1; i > 0; i--) v *= factors.get(new Term.Partial(p.get(i), p.get(i - 1)));
            out.add(v);
        }
        return out;
    }

    /** The right-hand side in Unicode, local partials only: {@code ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)}. */
    public String expression() {
        return Notation.UNICODE.write(factored, timed);
    }

    /** The right-hand side in LaTeX. */
    public String latex() {
        return Notation.LATEX.write(factored, timed);
    }

    /** {@code de/dx2 = ∂e/∂g·(...)}: the total on the left, local partials on the right. */
    public String equation() {
        return lhs() + " = " + expression();
    }

    /** {@code \frac{\partial e}{\partial x_{2}} = ...}. */
    public String latexEquation() {
        return lhsLatex() + " = " + latex();
    }

    /** The same sum with nothing pulled out: one product per path. */
    public String expandedExpression() {
        return Notation.UNICODE.write(Factoring.expanded(paths), timed);
    }

    /** The paths as lists of names as the formula writes them, wrt end first: {@code [["x2","j","g","e"], ...]}. */
    public List<List<String>> pathNames() {
        List<List<String>> out = new ArrayList<>();
        for (List<TimeNode> p : paths) {
            List<String> names = new ArrayList<>();
            for (TimeNode n : p) names.add(n.name(timed));
            out.add(names);
        }
        return out;
    }
}
