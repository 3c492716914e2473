package org.chainrule.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * JSON for the command line's {@code --json} outputs. Numbers are written as Java's
 * {@code Double.toString} writes them; a NaN or infinite result is written as NaN / Infinity.
 */
public final class JsonOutput {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    private JsonOutput() {}

    public static String toJson(JsonElement e) {
        return GSON.toJson(e);
    }

    public static JsonObject map(Map<String, Double> m) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Double> en : m.entrySet()) o.addProperty(en.getKey(), en.getValue());
        return o;
    }

    public static JsonArray list(List<Double> vs) {
        JsonArray a = new JsonArray();
        for (double v : vs) a.add(v);
        return a;
    }
}
