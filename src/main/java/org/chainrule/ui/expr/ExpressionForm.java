package org.chainrule.ui.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.chainrule.io.InputException;
import org.chainrule.io.expr.ExpressionException;
import org.chainrule.io.expr.Expressions;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;

/**
 * What the "New from expression…" dialog edits, checked as the user types: the expression, the params
 * ({@code w, b}) and the values ({@code w=0.001, x=2}). {@link #problemProperty()} says what is wrong
 * (with the column and a caret line for the expression), {@link #summaryProperty()} what will be built.
 * Identifiers without a value start at {@link #DEFAULT_VALUE}, so the new graph can be stepped at once.
 */
public final class ExpressionForm {
    /** The value an identifier gets when the form gives it none. */
    public static final double DEFAULT_VALUE = 1;

    private final StringProperty expression = new SimpleStringProperty(this, "expression", "");
    private final StringProperty params = new SimpleStringProperty(this, "params", "");
    private final StringProperty values = new SimpleStringProperty(this, "values", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper pointer = new ReadOnlyStringWrapper(this, "pointer", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    public ExpressionForm() {
        expression.addListener((o, a, b) -> check());
        params.addListener((o, a, b) -> check());
        values.addListener((o, a, b) -> check());
        check();
    }

    public StringProperty expressionProperty() { return expression; }

    public StringProperty paramsProperty() { return params; }

    public StringProperty valuesProperty() { return values; }

    /** One line: what is wrong, or empty. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** The expression with a caret under the mistake, or empty. */
    public ReadOnlyStringProperty pointerProperty() { return pointer.getReadOnlyProperty(); }

    /** What the graph will hold: nodes, inputs, params, the values used. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** The graph of the form, laid out, with its values set; throws {@link InputException} when invalid. */
    private java.util.Collection<org.chainrule.model.FunctionDef> functions = java.util.List.of();

    /** Functions the formula may call besides the built-in ones (the open graph's). */
    public void setFunctions(java.util.Collection<org.chainrule.model.FunctionDef> defs) { functions = java.util.List.copyOf(defs); }

    public Graph build() {
        Graph g = withValues();
        LayeredLayout.apply(g);
        return g;
    }

    private Graph withValues() {
        Graph g = Expressions.toGraph(expression.get(), names(params.get()), functions);
        Map<String, Double> given = parseValues(values.get());
        for (Map.Entry<String, Double> e : given.entrySet()) {
            Quantity q = Quantity.find(g, e.getKey());
            if (q == null) throw new InputException("values: the expression has no identifier '" + e.getKey() + "'");
            q.set(e.getValue());
        }
        for (String id : Expressions.missingValues(g)) g.node(id).setValue(DEFAULT_VALUE);
        return g;
    }

    private void check() {
        if (expression.get() == null || expression.get().isBlank()) {
            set("", "", "Type a formula, e.g. y = max(w*x + x, 0)", false);
            return;
        }
        try {
            // checked on every keystroke: no layout here, only in build()
            Graph g = withValues();
            List<String> ids = new ArrayList<>();
            for (Node n : g.nodes()) {
                if (n.op().isSource() && n.op() != Op.CONST) {
                    ids.add(n.id() + " = " + Numbers.human(n.valueAt(1)) + (n.op() == Op.PARAM ? " (param)" : ""));
                }
            }
            set("", "", g.nodeCount() + " nodes, " + g.edgeCount() + " edges, output " + g.outputId()
                    + (ids.isEmpty() ? "" : "; " + String.join(", ", ids)), true);
        } catch (ExpressionException e) {
            set(e.getMessage(), e.pointer(), "", false);
        } catch (InputException e) {
            set(e.getMessage(), "", "", false);
        }
    }

    private void set(String problemText, String pointerText, String summaryText, boolean ok) {
        problem.set(problemText);
        pointer.set(pointerText);
        summary.set(summaryText);
        valid.set(ok);
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String s : list.split("[,\\s]+")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /** {@code w=0.001, x=2} (commas or spaces between) to a map; a bad entry is an {@link InputException}. */
    static Map<String, Double> parseValues(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null) return out;
        for (String part : text.trim().replaceAll("\\s*=\\s*", "=").split("[,;\\s]+")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0) throw new InputException("values: expected NAME=NUMBER, found '" + part + "'");
            String name = part.substring(0, eq).trim();
            String number = part.substring(eq + 1).trim();
            try {
                double v = Double.parseDouble(number);
                if (!Double.isFinite(v)) throw new NumberFormatException();
                out.put(name, v);
            } catch (NumberFormatException e) {
                throw new InputException("values: '" + number + "' for " + name + " is not a number");
            }
        }
        return out;
    }
}
