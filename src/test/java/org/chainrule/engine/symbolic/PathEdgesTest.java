package org.chainrule.engine.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chainrule.io.expr.Expressions;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

class PathEdgesTest {
    @Test
    void ex7PathsOnTheDrawing() {
        Graph g = ChainRuleTest.ex7();
        Derivative d = ChainRule.derive(g, "e", "x2");
        assertEquals(List.of("x2", "j", "g", "e"), PathEdges.nodeIds(d.paths().get(0)));
        assertEquals(List.of("x2->j", "j->g", "g->e"), PathEdges.edgeKeys(g, d.paths().get(0)));
        assertEquals(List.of("x2->h", "h->g", "g->e"), PathEdges.edgeKeys(g, d.paths().get(1)));
    }

    @Test
    void recurrencePathUsesTheDelayedEdge() {
        Graph g = ChainRuleTest.rnn();
        Derivative d = ChainRule.derive(g, "y", "h.init");
        // h⟨0⟩ → uh⟨1⟩ → s⟨1⟩ → h⟨1⟩ → uh⟨2⟩ → s⟨2⟩ → h⟨2⟩ → y⟨2⟩: the drawing shows each edge once
        assertEquals(List.of("h->uh", "uh->s", "s->h", "h->y"), PathEdges.edgeKeys(g, d.paths().get(0)));
        assertEquals(List.of("h", "uh", "s", "y"), PathEdges.nodeIds(d.paths().get(0)));
    }

    @Test
    void parallelEdgesAreBothOnThePath() {
        // x*x: two edges x → mul1, one partial ∂mul1/∂x = 2x = 6 at x = 3
        Graph g = Expressions.toGraph("x*x");
        g.node("x").setValue(3);
        Derivative d = ChainRule.derive(g, "mul1", "x");
        assertEquals(1, d.paths().size());
        assertEquals(List.of("x->mul1", "x->mul1#2"), PathEdges.edgeKeys(g, d.paths().get(0)));
        assertEquals("6", d.numbers());
        assertEquals(6.0, d.value());
    }
}
