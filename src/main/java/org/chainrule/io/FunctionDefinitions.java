package org.chainrule.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;

/**
 * Functions written the way a formula sheet writes them, {@code softplus(a) = log(1 + exp(a))}, one per
 * text: the head names the function and its params, the right side is its body. They are checked exactly
 * as a file's {@code "functions"} are (unknown names, wrong numbers of arguments, built-in names,
 * recursion), so a definition given here and the same one in a file behave the same.
 */
public final class FunctionDefinitions {
    private static final Pattern HEAD = Pattern.compile("\\s*([^\\s(=]+)\\s*\\(([^)]*)\\)\\s*=(.*)", Pattern.DOTALL);

    private FunctionDefinitions() {}

    /**
     * The functions of {@code definitions}, which may call each other in any order.
     *
     * @throws InputException naming the definition and the place of its first problem
     */
    public static Collection<FunctionDef> read(List<String> definitions) {
        JsonArray array = new JsonArray();
        for (String d : definitions) {
            Matcher m = HEAD.matcher(d);
            if (!m.matches()) {
                throw new InputException("function definition '" + d.strip() + "': write it as name(a, b) = body");
            }
            JsonObject f = new JsonObject();
            f.addProperty("name", m.group(1));
            JsonArray params = new JsonArray();
            for (String p : m.group(2).split(",")) if (!p.isBlank()) params.add(p.strip());
            f.add("params", params);
            f.addProperty("body", m.group(3).strip());
            array.add(f);
        }
        Graph g = new Graph();
        List<String> problems = new ArrayList<>();
        FunctionsJson.read(array, g, (where, what) -> problems.add(place(where, definitions) + ": " + what));
        if (!problems.isEmpty()) throw new InputException(problems.get(0));
        return g.functions();
    }

    /** {@code functions[1] 'g'.body, column 3} → {@code function definition 'g(a) = …': body, column 3}. */
    private static String place(String where, List<String> definitions) {
        Matcher m = Pattern.compile("functions\\[(\\d+)\\]( '[^']*')?\\.?(.*)").matcher(where);
        if (!m.matches()) return where;
        String text = definitions.get(Integer.parseInt(m.group(1))).strip();
        String rest = m.group(3);
        return "function definition '" + text + "'" + (rest.isEmpty() ? "" : ": " + rest);
    }
}
