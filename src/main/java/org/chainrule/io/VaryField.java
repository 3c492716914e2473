package org.chainrule.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.engine.Variants;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/**
 * The {@code "vary"} field of a node or an edge (docs/file-format.md), which says how {@code variants}
 * may change the numbers it holds: {@code false} keeps them, {@code [lo, hi]} draws integers from lo..hi,
 * {@code true} draws from the default range even where the number would not vary by default (a const, an
 * init). A node's field covers its value, its bias and its init; an edge's field its weight.
 */
public final class VaryField {
    /** The field's name in files. */
    public static final String NAME = "vary";

    private VaryField() {}

    /** The range of every key that varies, in key order; a malformed field is an {@link InputException}. */
    public static Map<String, Variants.Range> ranges(Graph g, String source) {
        Map<String, Variants.Range> out = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) {
            boolean onEdge = q.kind() == Quantity.Kind.WEIGHT;
            Object field = onEdge ? q.edge().extras().get(NAME) : q.node().extras().get(NAME);
            String where = onEdge ? "edge " + g.key(q.edge()) : "node '" + q.node().id() + "'";
            Variants.Range r = field == null ? (Variants.variesByDefault(q) ? Variants.Range.DEFAULT : null)
                    : parse(field, source + ": " + where + ".vary");
            if (r != null) out.put(q.key(), r);
        }
        return out;
    }

    private static Variants.Range parse(Object field, String where) {
        if (field instanceof JsonPrimitive p && p.isBoolean()) return p.getAsBoolean() ? Variants.Range.DEFAULT : null;
        if (field instanceof JsonArray a && a.size() == 2 && whole(a.get(0)) && whole(a.get(1))) {
            int lo = a.get(0).getAsInt(), hi = a.get(1).getAsInt();
            if (lo > hi) throw new InputException(where + ": [lo, hi] needs lo ≤ hi, found [" + lo + ", " + hi + "]");
            return new Variants.Range(lo, hi);
        }
        throw new InputException(where + ": expected false, true or [lo, hi] with whole numbers, found " + field);
    }

    private static boolean whole(JsonElement e) {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) return false;
        double d = p.getAsDouble();
        return d == Math.rint(d) && Math.abs(d) <= 1_000_000;
    }
}
