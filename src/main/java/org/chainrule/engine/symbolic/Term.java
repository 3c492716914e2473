package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain-rule formula: local partial derivatives (one per edge of a path), multiplied along paths and
 * summed over paths. {@link #size()} counts the partials written, which factoring makes small.
 */
public sealed interface Term {
    /** How many partial derivatives the formula writes. */
    int size();

    /** How many partial derivatives the terms write together. */
    static int size(List<Term> terms) {
        int s = 0;
        for (Term t : terms) s += t.size();
        return s;
    }

    /** ∂of/∂wrt for one edge of the unrolled graph. */
    record Partial(TimeNode of, TimeNode wrt) implements Term {
        public int size() { return 1; }
    }

    /** Factors in order, from the {@code of} end of the paths to the {@code wrt} end. */
    record Product(List<Term> factors) implements Term {
        public Product {
            factors = List.copyOf(factors);
        }
        public int size() { return Term.size(factors); }
    }

    /** Terms added; no terms is 0. */
    record Sum(List<Term> terms) implements Term {
        public Sum {
            terms = List.copyOf(terms);
        }
        public int size() { return Term.size(terms); }
    }

    /** The empty product: a path of no edges (of is wrt itself). */
    record One() implements Term {
        public int size() { return 0; }
    }

    /** A product with nested products flattened; a single factor stands alone, none is {@link One}. */
    static Term product(List<Term> factors) {
        List<Term> flat = new ArrayList<>();
        for (Term f : factors) {
            if (f instanceof Product p) flat.addAll(p.factors());
            else if (!(f instanceof One)) flat.add(f);
        }
        if (flat.isEmpty()) return new One();
        return flat.size() == 1 ? flat.get(0) : new Product(flat);
    }

    /** A sum with nested sums flattened; a single term stands alone. */
    static Term sum(List<Term> terms) {
        List<Term> flat = new ArrayList<>();
        for (Term t : terms) {
            if (t instanceof Sum s) flat.addAll(s.terms());
            else flat.add(t);
        }
        return flat.size() == 1 ? flat.get(0) : new Sum(flat);
    }
}
