package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.ops.DistinctNumbers;

/**
 * How a chain-rule formula is written: {@link #UNICODE} ({@code ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)})
 * or {@link #LATEX} ({@code \frac{\partial e}{\partial g} \cdot \left(...\right)}). A sum that is a
 * factor of a product is bracketed; nothing else is.
 *
 * <p>In a graph with delayed edges every node carries its time step: {@code h⟨2⟩} in Unicode,
 * {@code h^{\langle 2\rangle}} in LaTeX, step 0 being the init. LaTeX writes trailing digits and the
 * part after an underscore as a subscript ({@code x2} → {@code x_{2}}, {@code w_13} → {@code w_{13}})
 * and names of several letters upright ({@code \mathrm{mul}_{1}}).
 */
public enum Notation {
    UNICODE {
        String partial(String of, String wrt) { return "∂" + of + "/∂" + wrt; }
        String times() { return "·"; }
        String bracket(String s) { return "(" + s + ")"; }
        String name(TimeNode n, boolean timed) { return n.name(timed); }
    },
    LATEX {
        String partial(String of, String wrt) { return "\\frac{\\partial " + of + "}{\\partial " + wrt + "}"; }
        String times() { return " \\cdot "; }
        String bracket(String s) { return "\\left(" + s + "\\right)"; }
        String name(TimeNode n, boolean timed) {
            if (n.isLeaf()) return latexLeaf(n.key());
            String base = latexId(n.node().id());
            if (!timed) return base;
            // a subscripted name takes the step as a superscript: h_{1}^{\langle 2\rangle}
            return (base.length() == 1 ? base : "{" + base + "}") + "^{\\langle " + n.t() + "\\rangle}";
        }
    };

    private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Za-z]+)([0-9]+)");

    abstract String partial(String of, String wrt);

    abstract String times();

    abstract String bracket(String s);

    /** The name of an unrolled node in this notation. */
    abstract String name(TimeNode n, boolean timed);

    /** ∂of/∂wrt for two unrolled nodes. */
    public String derivative(TimeNode of, TimeNode wrt, boolean timed) {
        return partial(name(of, timed), name(wrt, timed));
    }

    /** The derivative of a node's output (not at a given step) with respect to a node or its init (written h⟨0⟩). */
    public String derivative(String of, String wrt) {
        boolean leaf = wrt.contains("->") || wrt.endsWith(".bias");
        if (this == UNICODE) {
            return partial(of, wrt.endsWith(".init") ? wrt.substring(0, wrt.length() - 5) + "⟨0⟩"
                    : leaf ? TimeNode.leafName(wrt) : wrt);
        }
        return partial(latexId(of), wrt.endsWith(".init")
                ? latexId(wrt.substring(0, wrt.length() - 5)) + "^{\\langle 0\\rangle}"
                : leaf ? latexLeaf(wrt) : latexId(wrt));
    }

    /** A weight {@code w_{x_{1} \to h_{3}}} (parallel edges keep their {@code #2}) or a bias {@code b_{h_{3}}}. */
    static String latexLeaf(String key) {
        if (key.endsWith(".bias")) return "b_{" + latexId(key.substring(0, key.length() - 5)) + "}";
        int arrow = key.indexOf("->");
        String to = key.substring(arrow + 2);
        String index = "";
        int hash = to.indexOf('#');
        if (hash >= 0) {
            index = "\\#" + to.substring(hash + 1);
            to = to.substring(0, hash);
        }
        return "w_{" + latexId(key.substring(0, arrow)) + " \\to " + latexId(to) + index + "}";
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
