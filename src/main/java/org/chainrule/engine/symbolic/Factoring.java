package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sum over paths with common factors pulled out, the way exam solutions do.
 *
 * <p>All paths end at {@code of}. For a group of (parts of) paths the factoring takes out every edge
 * that all of them share at the {@code of} end, then every edge they all share at the {@code wrt} end,
 * and splits what is left into groups, either by the next edge at the {@code of} end or by the next edge
 * at the {@code wrt} end, each group factored the same way. Of the two splits it keeps the one that
 * writes fewer partials (the {@code of} end on a tie). For the IN5400 2021 Ex 7 network this gives
 * {@code ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)}. Groups and terms keep the order in which the paths were
 * found. Groups of more than {@link #BOTH_WAYS_LIMIT} paths are split at the {@code of} end only, which
 * keeps the work small when there are thousands of paths.
 */
public final class Factoring {
    /** Largest group for which both splits are tried. */
    public static final int BOTH_WAYS_LIMIT = 64;

    private final List<List<TimeNode>> paths;
    private final Map<String, Term> memo = new HashMap<>();

    private Factoring(List<List<TimeNode>> paths) {
        this.paths = paths;
    }

    /** The factored sum over {@code paths} (each from the wrt end to of); no paths is the empty sum, 0. */
    public static Term factor(List<List<TimeNode>> paths) {
        if (paths.isEmpty()) return new Term.Sum(List.of());
        List<Window> all = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) all.add(new Window(i, 0, paths.get(i).size() - 1));
        return new Factoring(paths).factorGroup(all);
    }

    /** The written-out sum with nothing pulled out: one product per path. */
    public static Term expanded(List<List<TimeNode>> paths) {
        List<Term> terms = new ArrayList<>();
        for (List<TimeNode> p : paths) terms.add(chain(p, 0, p.size() - 1));
        return terms.isEmpty() ? new Term.Sum(List.of()) : Term.sum(terms);
    }

    /** Part of path {@code path} from index lo (wrt side) to hi (of side); all windows of a group share hi's node. */
    private record Window(int path, int lo, int hi) {
        int length() { return hi - lo; }
    }

    private TimeNode at(Window w, int i) {
        return paths.get(w.path()).get(i);
    }

    private Term factorGroup(List<Window> group) {
        String key = group.toString();
        Term known = memo.get(key);
        if (known != null) return known;
        Term t = factorUncached(group);
        memo.put(key, t);
        return t;
    }

    private Term factorUncached(List<Window> group) {
        // a path of no edges (of is a copy of wrt itself) contributes 1
        List<Term> ones = new ArrayList<>();
        List<Window> rest = new ArrayList<>();
        for (Window w : group) {
            if (w.length() == 0) ones.add(new Term.One());
            else rest.add(w);
        }
        if (!ones.isEmpty()) {
            if (rest.isEmpty()) return new Term.One();
            List<Term> terms = new ArrayList<>();
            terms.add(factorGroup(rest));
            terms.addAll(ones);
            return Term.sum(terms);
        }
        if (rest.size() == 1) {
            Window w = rest.get(0);
            return chain(paths.get(w.path()), w.lo(), w.hi());
        }
        List<Term> front = new ArrayList<>();
        List<Term> back = new ArrayList<>();
        List<Window> middle = new ArrayList<>(rest);
        while (allLong(middle) && shared(middle, true)) {
            Window w = middle.get(0);
            front.add(new Term.Partial(at(w, w.hi()), at(w, w.hi() - 1)));
            middle.replaceAll(m -> new Window(m.path(), m.lo(), m.hi() - 1));
        }
        while (allLong(middle) && shared(middle, false)) {
            Window w = middle.get(0);
            back.add(0, new Term.Partial(at(w, w.lo() + 1), at(w, w.lo())));
            middle.replaceAll(m -> new Window(m.path(), m.lo() + 1, m.hi()));
        }
        Term inner;
        if (front.isEmpty() && back.isEmpty()) {
            Term byOf = split(middle, true);
            inner = byOf;
            if (middle.size() <= BOTH_WAYS_LIMIT) {
                Term byWrt = split(middle, false);
                if (byWrt.size() < byOf.size()) inner = byWrt;
            }
        } else {
            inner = factorGroup(middle);
        }
        List<Term> factors = new ArrayList<>(front);
        factors.add(inner);
        factors.addAll(back);
        return Term.product(factors);
    }

    private static boolean allLong(List<Window> ws) {
        for (Window w : ws) if (w.length() < 1) return false;
        return true;
    }

    /** Whether every window has the same next edge at the of end (ofEnd) or the same first edge at the wrt end. */
    private boolean shared(List<Window> ws, boolean ofEnd) {
        Window first = ws.get(0);
        TimeNode a = ofEnd ? at(first, first.hi() - 1) : at(first, first.lo());
        TimeNode b = ofEnd ? null : at(first, first.lo() + 1);
        for (Window w : ws) {
            if (ofEnd && !at(w, w.hi() - 1).equals(a)) return false;
            if (!ofEnd && (!at(w, w.lo()).equals(a) || !at(w, w.lo() + 1).equals(b))) return false;
        }
        return true;
    }

    /** The sum of the groups that share the next edge at one end, in order of first appearance. */
    private Term split(List<Window> ws, boolean ofEnd) {
        Map<List<TimeNode>, List<Window>> groups = new LinkedHashMap<>();
        for (Window w : ws) {
            List<TimeNode> edge = ofEnd ? List.of(at(w, w.hi() - 1)) : List.of(at(w, w.lo()), at(w, w.lo() + 1));
            groups.computeIfAbsent(edge, k -> new ArrayList<>()).add(w);
        }
        List<Term> terms = new ArrayList<>();
        for (List<Window> g : groups.values()) terms.add(factorGroup(g));
        return Term.sum(terms);
    }

    /** One path part as a product of its edges' partials, from the of end down. */
    private static Term chain(List<TimeNode> p, int lo, int hi) {
        List<Term> fs = new ArrayList<>();
        for (int i = hi; i > lo; i--) fs.add(new Term.Partial(p.get(i), p.get(i - 1)));
        return Term.product(fs);
    }
}
