package org.chainrule.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.ops.tensor.Tensor;

/** Tensors as JSON: nested lists of numbers of their shape (a scalar as its number), both ways. */
public final class TensorJson {
    private TensorJson() {}

    /** A tensor as nested JSON arrays; a scalar as a number. */
    public static JsonElement of(Tensor t) {
        return json(t.toNested());
    }

    private static JsonElement json(Object o) {
        if (o instanceof List) {
            JsonArray a = new JsonArray();
            for (Object x : (List<?>) o) a.add(json(x));
            return a;
        }
        return new JsonPrimitive((Double) o);
    }

    /**
     * Nested JSON arrays of numbers as a tensor.
     *
     * @throws IllegalArgumentException naming the first place that is ragged or not a finite number
     */
    public static Tensor read(JsonElement e) {
        return Tensor.fromNested(nested(e));
    }

    private static Object nested(JsonElement e) {
        if (e.isJsonArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) l.add(nested(x));
            return l;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && Double.isFinite(e.getAsDouble())) return e.getAsDouble();
        return e.toString();
    }
}
