package org.chainrule.ui.expr;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.draw.Annotations;
import org.chainrule.model.Graph;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

class ChainRuleViewModelTest {
    private static Graph ex7() {
        return ShippedGraphs.read("in5400-2021-ex7-mini.json");
    }

    @Test
    void defaultsToTheOutputAndTheSelectedNode() {
        ChainRuleViewModel m = new ChainRuleViewModel();
        Graph g = ex7();
        m.graphProperty().set(g);
        m.choose(g.node("x2"));
        assertEquals("e", m.ofProperty().get());
        assertEquals("x2", m.wrtProperty().get());
        assertEquals("de/dx2 = ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)\n"
                + "       = 1·(2·1 + 1·0.5)\n"
                + "       = 2.5", m.formulaText());
        assertEquals(List.of("x2 → j → g → e   (2)", "x2 → h → g → e   (0.5)"), m.paths());
        assertTrue(m.latex().startsWith("\\frac{\\mathrm{d} e}{\\mathrm{d} x_{2}} = "), m.latex());
        assertTrue(m.nodeIds().contains("x1"));
        // nothing selected: the first input
        ChainRuleViewModel other = new ChainRuleViewModel();
        other.graphProperty().set(g);
        other.choose(null);
        assertEquals("x1", other.wrtProperty().get());
    }

    @Test
    void pathsAreHighlightedOneByOne() {
        ChainRuleViewModel m = new ChainRuleViewModel();
        Graph g = ex7();
        m.graphProperty().set(g);
        m.choose(g.node("x2"));
        Annotations all = m.annotations(Annotations.none());
        assertTrue(all.node("j").highlighted() && all.node("h").highlighted());
        assertTrue(all.node("a").dimmed());
        assertTrue(all.edge("x2->h").highlighted());
        m.nextPath();
        assertEquals(0, m.pathProperty().get());
        Annotations first = m.annotations(Annotations.none());
        assertTrue(first.node("j").highlighted());
        assertTrue(first.node("h").dimmed());
        assertTrue(first.edge("x2->h").dimmed());
        assertEquals("∂j/∂x2 = 1", first.edge("x2->j").grad());
        assertEquals("∂g/∂j = 2", first.edge("j->g").grad());
        m.nextPath();
        assertEquals(1, m.pathProperty().get());
        m.nextPath();
        assertEquals(ChainRuleViewModel.ALL_PATHS, m.pathProperty().get());
        m.previousPath();
        assertEquals(1, m.pathProperty().get());
    }

    @Test
    void editsAndProblems() {
        ChainRuleViewModel m = new ChainRuleViewModel();
        Graph g = ex7();
        m.graphProperty().set(g);
        m.ofProperty().set("e");
        m.wrtProperty().set("nope");
        assertNull(m.derivative());
        assertEquals("no node 'nope' in the graph", m.problemProperty().get());
        m.wrtProperty().set("x2");
        assertEquals(2.5, m.derivative().value(), 1e-12);
        // an edit: x2 → j now weighs 3, so ∂e/∂x2 = 1·(2·3 + 1·0.5) = 6.5
        g.edge("x2->j").setWeight(3.0);
        m.refresh();
        assertEquals(6.5, m.derivative().value(), 1e-12);
        // an invalid graph (a sub with one argument) says so instead of a formula
        g.add("bad", Op.SUB);
        g.connect("e", "bad");
        m.refresh();
        assertNull(m.derivative());
        assertTrue(m.problemProperty().get().startsWith("The graph cannot be evaluated"), m.problemProperty().get());
        assertFalse(m.paths().iterator().hasNext());
    }
}
