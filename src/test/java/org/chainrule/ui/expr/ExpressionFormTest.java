package org.chainrule.ui.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

class ExpressionFormTest {
    @Test
    void buildsTheSkipConnectionReadyToStep() {
        ExpressionForm f = new ExpressionForm();
        f.expressionProperty().set("y = max(w*x + x, 0)");
        f.paramsProperty().set("w");
        f.valuesProperty().set("w = 0.001, x=2");
        assertTrue(f.validProperty().get(), f.problemProperty().get());
        assertEquals("6 nodes, 6 edges, output y; w = 0.001 (param), x = 2", f.summaryProperty().get());
        Graph g = f.build();
        assertEquals(Op.PARAM, g.node("w").op());
        for (Node n : g.nodes()) assertTrue(n.hasPosition(), n.id());
        // TUM P6b: y = 2.002, dy/dx = 1.001
        assertEquals(2.002, Engine.evaluate(g).value(), 1e-15);
        assertEquals(1.001, Engine.evaluate(g).grad("x"), 1e-15);
    }

    @Test
    void showsTheColumnAndCaretWhileTyping() {
        ExpressionForm f = new ExpressionForm();
        f.expressionProperty().set("max(w*x + , 0)");
        assertFalse(f.validProperty().get());
        assertEquals("expression, column 10: expected an operand", f.problemProperty().get());
        assertEquals("max(w*x + , 0)\n         ^", f.pointerProperty().get());
        f.expressionProperty().set("max(w*x + x, 0)");
        assertTrue(f.validProperty().get());
        assertEquals("", f.pointerProperty().get());
    }

    @Test
    void missingValuesStartAtOne() {
        ExpressionForm f = new ExpressionForm();
        f.expressionProperty().set("a*b");
        Graph g = f.build();
        assertEquals(1.0, g.node("a").valueAt(1));
        assertTrue(f.summaryProperty().get().endsWith("a = 1, b = 1"), f.summaryProperty().get());
    }

    @Test
    void badValuesAndParamsAreProblems() {
        ExpressionForm f = new ExpressionForm();
        f.expressionProperty().set("a*b");
        f.valuesProperty().set("a=x");
        assertEquals("values: 'x' for a is not a number", f.problemProperty().get());
        f.valuesProperty().set("c=1");
        assertEquals("values: the expression has no identifier 'c'", f.problemProperty().get());
        f.valuesProperty().set("");
        f.paramsProperty().set("q");
        assertEquals("param 'q' is not an identifier of the expression a*b", f.problemProperty().get());
        assertFalse(f.validProperty().get());
        f.expressionProperty().set("  ");
        assertFalse(f.validProperty().get());
        assertThrows(InputException.class, () -> ExpressionForm.parseValues("a"));
        assertEquals(Map.of("a", 1.5, "b", -2.0), ExpressionForm.parseValues("a = 1.5; b=-2"));
    }
}
