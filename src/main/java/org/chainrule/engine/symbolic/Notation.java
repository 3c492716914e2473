package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.model.KeyNames;
import org.chainrule.ops.DistinctNumbers;

/**
 * How a chain-rule formula is written: {@link #UNICODE} ({@code ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)})
 * or {@link #LATEX} ({@code \frac{\partial e}{\partial g} \cdot \left(...\right)}). A sum that is a
 * factor of a product is bracketed; nothing else is. The formula holds local partials only (∂); its
 * left-hand side is the total derivative, written with d ({@link Derivative#lhs()}).
 *
 * <p>Names are those of {@link KeyNames}, the same as in the {@code steps} explanations. In a graph with
 * delayed edges every node carries its time step: {@code h_2} for a label {@code h_t}, else {@code s⟨2⟩}
 * in Unicode and {@code s^{\langle 2\rangle}} in LaTeX, step 0 being the init. LaTeX writes a simple
 * label as it reads ({@code ŷ} → {@code \hat{y}}, {@code w[1]_13} → {@code w^{[1]}_{13}}); any other node
 * after its id, trailing digits and the part after an underscore as a subscript ({@code x2} →
 * {@code x_{2}}) and names of several letters upright ({@code \mathrm{mul}_{1}}).
 */
public enum Notation {
    UNICODE {
        String partial(String of, String wrt) { return KeyNames.partial(of, wrt); }
        String times() { return "·"; }
        String bracket(String s) { return "(" + s + ")"; }
        String name(TimeNode n, boolean timed) { return n.name(timed); }
    },
    LATEX {
        String partial(String of, String wrt) { return "\\frac{\\partial " + of + "}{\\partial " + wrt + "}"; }
        String times() { return " \\cdot "; }
        String bracket(String s) { return "\\left(" + s + "\\right)"; }
        String name(TimeNode n, boolean timed) { return latexName(n, timed); }
    };

    private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Za-z]+)([0-9]+)");
    /** A label LaTeX can write as it reads: a name, an optional layer {@code [1]}, an optional subscript. */
    private static final Pattern SIMPLE_LABEL = Pattern.compile("(ŷ|[A-Za-z]+)(?:\\[([0-9]+)\\])?(?:_\\{?([A-Za-z0-9]+)\\}?)?");

    abstract String partial(String of, String wrt);

    abstract String times();

    abstract String bracket(String s);

    /** The name of an unrolled node in this notation. */
    abstract String name(TimeNode n, boolean timed);

    /** The local partial ∂of/∂wrt for two unrolled nodes. */
    public String derivative(TimeNode of, TimeNode wrt, boolean timed) {
        return partial(name(of, timed), name(wrt, timed));
    }

    /** The total derivative in LaTeX, {@code \\frac{\\mathrm{d} e}{\\mathrm{d} x_{2}}}, for two LaTeX names. */
    static String latexTotal(String of, String wrt) {
        return "\\frac{\\mathrm{d} " + of + "}{\\mathrm{d} " + wrt + "}";
    }

    /**
     * A node (at a step) in LaTeX, after its label as the Unicode names are ({@code ŷ} → {@code \\hat{y}},
     * {@code w[1]_13} → {@code w^{[1]}_{13}}, {@code h_t} at step 2 → {@code h_{2}}); a label LaTeX cannot
     * write as it reads (a formula) falls back to the id. A weight or bias is written after its name.
     */
    static String latexName(TimeNode n, boolean timed) {
        if (n.isLeaf()) {
            String l = latexLabel(n.name(false), 0, false);
            return l != null ? l : latexLeaf(n.key());
        }
        String label = latexLabel(n.node().displayName(), n.t(), timed);
        if (label != null) return label;
        String base = latexId(n.node().id());
        if (!timed) return base;
        // a subscripted name takes the step as a superscript: h_{1}^{\\langle 2\\rangle}
        return (base.length() == 1 ? base : "{" + base + "}") + "^{\\langle " + n.t() + "\\rangle}";
    }

    /** A weight or bias as {@link #latexName} writes it, from its key. */
    static String latexLeaf(Graph g, String key) {
        String l = latexLabel(KeyNames.of(g, key), 0, false);
        return l != null ? l : latexLeaf(key);
    }

    /** A simple label in LaTeX, with a trailing {@code _t} replaced by the step when timed; null for anything else. */
    private static String latexLabel(String label, int t, boolean timed) {
        Matcher m = SIMPLE_LABEL.matcher(label);
        if (!m.matches()) return null;
        String base = m.group(1).equals("ŷ") ? "\\hat{y}" : word(m.group(1));
        String layer = m.group(2) == null ? "" : "^{[" + m.group(2) + "]}";
        String sub = m.group(3);
        boolean stepInSub = timed && "t".equals(sub);
        if (stepInSub) sub = String.valueOf(t);
        String s = base + layer + (sub == null ? "" : "_{" + sub + "}");
        if (timed && !stepInSub) s = (s.length() == 1 ? s : "{" + s + "}") + "^{\\langle " + t + "\\rangle}";
        return s;
    }

    /** A weight {@code w_{x_{1} \\to h_{3}}} (parallel edges keep their {@code #2}) or a bias {@code b_{h_{3}}}. */
    static String latexLeaf(String key) {
        Key k = Key.parse(key);
        if (k.kind() == Key.Kind.BIAS) return "b_{" + latexId(k.id()) + "}";
        String index = k.parallel() > 1 ? "\\#" + k.parallel() : "";
        return "w_{" + latexId(k.id()) + " \\to " + latexId(k.to()) + index + "}";
    }

    /** The formula written out. */
    public String write(Term t, boolean timed) {
        if (t instanceof Term.Partial p) return derivative(p.of(), p.wrt(), timed);
        if (t instanceof Term.One) return "1";
        if (t instanceof Term.Sum s) {
            if (s.terms().isEmpty()) return "0";
            List<String> parts = new ArrayList<>();
            for (Term x : s.terms()) parts.add(write(x, timed));
            return String.join(" + ", parts);
        }
        List<String> parts = new ArrayList<>();
        for (Term f : ((Term.Product) t).factors()) {
            String w = write(f, timed);
            parts.add(f instanceof Term.Sum ? bracket(w) : w);
        }
        return String.join(times(), parts);
    }

    /** The formula with every partial replaced by its number, rounded for people; negative factors bracketed. */
    public String writeNumbers(Term t, Map<Term.Partial, Double> numbers) {
        return writeNumbers(t, numbers, DistinctNumbers.of(numbers.values()));
    }

    /** The formula with every partial replaced by its number, written by {@code format}. */
    public String writeNumbers(Term t, Map<Term.Partial, Double> numbers, DistinctNumbers format) {
        if (t instanceof Term.Partial p) return format.human(numbers.get(p));
        if (t instanceof Term.One) return "1";
        if (t instanceof Term.Sum s) {
            if (s.terms().isEmpty()) return "0";
            List<String> parts = new ArrayList<>();
            for (Term x : s.terms()) parts.add(writeNumbers(x, numbers, format));
            return String.join(" + ", parts);
        }
        List<String> parts = new ArrayList<>();
        for (Term f : ((Term.Product) t).factors()) {
            String w = writeNumbers(f, numbers, format);
            boolean negative = f instanceof Term.Partial && w.startsWith("−");
            parts.add(f instanceof Term.Sum || negative ? bracket(w) : w);
        }
        return String.join(times(), parts);
    }

    /** A node id as a LaTeX math name. */
    static String latexId(String id) {
        Matcher m = LETTERS_DIGITS.matcher(id);
        if (m.matches()) return word(m.group(1)) + "_{" + m.group(2) + "}";
        int u = id.indexOf('_');
        if (u > 0 && u < id.length() - 1) {
            String rest = id.substring(u + 1);
            String sub = rest.matches("[0-9]+") ? rest : word(rest.replace("_", "\\_"));
            return word(id.substring(0, u)) + "_{" + sub + "}";
        }
        return word(id.replace("_", "\\_"));
    }

    private static String word(String s) {
        return s.length() == 1 ? s : "\\mathrm{" + s + "}";
    }
}
