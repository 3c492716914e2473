package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.KeyNames;
import org.chainrule.ops.Op;
import static org.chainrule.engine.ChainText.chain;
import static org.chainrule.engine.ChainText.distinct;
import static org.chainrule.engine.ChainText.num;

/**
 * Writes each step of a forward-mode pass as the AD literature does, a dot over a name for its tangent
 * (its derivative with respect to the key the pass was seeded at): {@code ṡ = (wx)˙ + ẋ = 0.001 + 1 = 1.001}
 * for a sum, {@code ṗ = ∂p/∂w · ẇ + ∂p/∂x · ẋ = 3 · 1 + 2 · 0 = 3} for anything else. Arguments that a sum adds
 * (or a difference subtracts) stand alone; a neuron's own bias and weights bring ∂h/∂b(h) · ḃ and
 * ∂h/∂w · ẇ when the pass is seeded at them. Nothing is recomputed but local partials.
 */
final class TangentExplainer {
    private final Tangents tg;
    private final Evaluation ev;
    private final CompiledGraph c;
    private final StepNames nm;
    private final String[] names;

    TangentExplainer(Tangents tg) {
        this.tg = tg;
        this.ev = tg.evaluation();
        this.c = ev.compiled();
        names = new String[c.n];
        for (int i = 0; i < c.n; i++) names[i] = KeyNames.node(c.nodes == null ? c.id(i) : c.nodes[i].displayName());
        nm = new StepNames(ev, names);
    }

    List<TangentStep> steps() {
        List<TangentStep> out = new ArrayList<>(c.n * c.timesteps);
        for (int t = 1; t <= c.timesteps; t++) {
            for (int i : c.order) {
                int step = t;
                String[] rule = new String[1];
                String text = distinct(() -> text(i, step, rule));
                out.add(new TangentStep(nm.node(i), c.id(i), t, tg.tangentAt(i, t), rule[0], TaggedText.parse(text).text()));
            }
        }
        return out;
    }

    /** The tangent of a name: {@code ẋ} for one letter that has a dotted form (with any subscript after it), else {@code (wx)˙}, {@code (u)˙}. */
    static String dot(String name) {
        String bare = StepNames.unbracketed(name);
        if (!bare.isEmpty() && Character.isLetter(bare.charAt(0)) && bare.substring(1).matches("(_?[0-9A-Za-z]*)?|⟨[0-9]+⟩")
                && (bare.length() == 1 || !Character.isLetter(bare.charAt(1)))) {
            // only where Unicode has the letter with a dot above as one character (ẋ, ḣ): a combining dot
            // (u̇) is measured wrongly when a JavaFX label wraps the explanation
            String dotted = java.text.Normalizer.normalize(bare.charAt(0) + "\u0307", java.text.Normalizer.Form.NFC);
            if (dotted.length() == 1) return dotted + bare.substring(1);
        }
        return "(" + bare + ")˙";
    }

    private String text(int i, int t, String[] rule) {
        String self = nm.name(i, t);
        String lhs = dot(self);
        double result = tg.tangentAt(i, t);
        ForwardSeed seed = tg.seed();
        List<String[]> terms = new ArrayList<>(); // {sign, symbols, numbers}
        if (!c.op[i].isSource()) {
            int k = c.argCount(i);
            double[] buf = new double[Math.max(1, k)];
            double[] d = new double[buf.length];
            Passes.partials(c, ev.rawValues(), i, t, buf, d);
            for (int a = 0; a < k; a++) {
                int j = c.argStart[i] + a;
                String arg = nm.argName(j, t);
                double at = ForwardPasses.argTangent(c, tg.raw(), seed, j, t);
                int unit = unit(c.op[i], a);
                if (unit != 0) {
                    terms.add(new String[] {unit > 0 ? "+" : "−", dot(arg), num(at)});
                } else {
                    terms.add(new String[] {"+", KeyNames.partial(self, arg) + " · " + dot(arg), num(d[a]) + " · " + bracket(num(at))});
                }
            }
            if (c.op[i] == Op.NEURON) ownTerms(i, t, buf, k, self, terms);
        }
        if (seed.node[i] != 0) terms.add(new String[] {"+", c.op[i].isSource() ? "1" : "(seed)", num(seed.node[i])});
        String symbols = join(terms, 1), numbers = join(terms, 2);
        rule[0] = lhs + " = " + (terms.isEmpty() ? "0" : symbols);
        if (terms.isEmpty()) return lhs + " = " + num(result);
        return chain(lhs, symbols, numbers, result, null);
    }

    /** A neuron's terms for its own seeded bias and weights (∂h/∂b(h) · ḃ, ∂h/∂w · ẇ). */
    private void ownTerms(int i, int t, double[] buf, int k, String self, List<String[]> terms) {
        ForwardSeed seed = tg.seed();
        double slope = Passes.activationSlope(c, ev.rawValues(), i, t, buf, k);
        if (seed.bias[i] != 0) {
            String b = KeyNames.bias(names[i]);
            terms.add(new String[] {"+", KeyNames.partial(self, b) + " · " + dot(b), num(slope) + " · " + bracket(num(seed.bias[i]))});
        }
        for (int a = 0, j = c.argStart[i]; j < c.argStart[i + 1]; a++, j++) {
            if (seed.weight[j] == 0) continue;
            String w = nm.weightName(j, i);
            terms.add(new String[] {"+", KeyNames.partial(self, w) + " · " + dot(w),
                    num(slope * buf[a]) + " · " + bracket(num(seed.weight[j]))});
        }
    }

    /** +1 or −1 when argument a of op is added or subtracted as it is (a sum, a difference), else 0. */
    private static int unit(Op op, int a) {
        switch (op) {
            case ADD: case IDENTITY: return 1;
            case SUB: return a == 0 ? 1 : -1;
            case NEG: return -1;
            default: return 0;
        }
    }

    private static String join(List<String[]> terms, int part) {
        StringBuilder s = new StringBuilder();
        for (String[] term : terms) {
            boolean minus = term[0].equals("−");
            if (s.length() == 0) s.append(minus ? "−" : "");
            else s.append(minus ? " − " : " + ");
            String text = term[part];
            // numbers: a negative term in brackets after "−", a negative first factor in brackets after "+"
            if (part == 2 && minus) text = bracket(text);
            else if (part == 2 && s.length() > 0) text = bracketFirstFactor(text);
            s.append(text);
        }
        return s.toString();
    }

    /** {@code −1 · 20} as {@code (−1) · 20}, as a term after a plus sign is written. */
    private static String bracketFirstFactor(String term) {
        int times = term.indexOf(" · ");
        return times < 0 ? bracket(term) : bracket(term.substring(0, times)) + term.substring(times);
    }

    private static String bracket(String n) {
        return n.startsWith("−") || n.startsWith("-") ? "(" + n + ")" : n;
    }
}
