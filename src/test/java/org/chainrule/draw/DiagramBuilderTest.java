package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

class DiagramBuilderTest {

    @Test
    void shapesFollowTheOpGroup() {
        Diagram d = DiagramBuilder.build(SampleGraphs.skip(), Annotations.none());
        assertEquals(ShapeKind.ROUNDED, d.node("x").shape());
        assertEquals(ShapeKind.BOX, d.node("wx").shape());
        assertEquals("×", d.node("wx").symbol().text().source());
        assertEquals("max", d.node("y").symbol().text().source());
        assertTrue(d.node("y").output());
        assertTrue(d.node("y").styleClasses().contains("output"));
        Diagram r = DiagramBuilder.build(SampleGraphs.rnn(), Annotations.none());
        assertEquals(ShapeKind.CIRCLE, r.node("h").shape());
        assertEquals("ReLU", r.node("h").symbol().text().source());
    }

    @Test
    void nodesWithoutPositionsAreLaidOutLeftToRightWithoutOverlap() {
        Graph g = SampleGraphs.skip();
        Diagram d = DiagramBuilder.build(g, Annotations.none());
        assertTrue(d.node("x").x() < d.node("wx").x());
        assertTrue(d.node("wx").x() < d.node("s").x());
        assertTrue(d.node("s").x() < d.node("y").x());
        for (DiagramNode a : d.nodes())
            for (DiagramNode b : d.nodes())
                if (a != b) assertFalse(a.bounds().intersects(b.bounds()), a.id() + " overlaps " + b.id());
        // the model is not changed by drawing it
        assertFalse(g.node("x").hasPosition());
    }

    @Test
    void givenPositionsAreNodeCentres() {
        Diagram d = DiagramBuilder.build(SampleGraphs.parallel(), Annotations.none());
        assertEquals(60, d.node("a").x(), 1e-9);
        assertEquals(100, d.node("a").y(), 1e-9);
        assertEquals(260, d.node("b").bounds().centreX(), 1e-9);
    }

    @Test
    void arrowTipsTouchTheTargetOutline() {
        Diagram d = DiagramBuilder.build(SampleGraphs.skip(), Annotations.none());
        for (DiagramEdge e : d.edges()) {
            Rect box = d.node(e.to()).bounds();
            Point tip = e.tip();
            boolean onOutline = Math.abs(tip.x() - box.x()) < 0.5 || Math.abs(tip.x() - box.right()) < 0.5
                    || Math.abs(tip.y() - box.y()) < 0.5 || Math.abs(tip.y() - box.bottom()) < 0.5;
            assertTrue(onOutline, e.key() + " tip " + tip + " not on " + box);
            assertTrue(e.straight(), e.key());
            assertFalse(e.dashed(), e.key());
        }
    }

    @Test
    void parallelEdgesBendApartAndDelayedEdgesAreDashedArcs() {
        Diagram d = DiagramBuilder.build(SampleGraphs.parallel(), Annotations.none());
        DiagramEdge first = d.edge("a->b"), second = d.edge("a->b#2");
        assertFalse(first.straight());
        assertFalse(second.straight());
        double y1 = first.at(0.5).y(), y2 = second.at(0.5).y();
        assertTrue(Math.abs(y1 - y2) > 20, "apexes " + y1 + " and " + y2 + " too close");
        DiagramEdge back = d.edge("c->b");
        assertTrue(back.dashed());
        assertEquals("t−1", back.delayMark().text().source());
        assertTrue(back.at(0.5).y() > 100 + 20, "the delayed back edge arcs below the forward one");
        assertNull(d.edge("b->c").delayMark());
    }

    @Test
    void selfLoopIsALoopAboveItsNodeWithWeightAndDelayMark() {
        Diagram d = DiagramBuilder.build(SampleGraphs.rnn(), Annotations.none());
        DiagramEdge loop = d.edge("h->h");
        DiagramNode h = d.node("h");
        assertTrue(loop.selfLoop());
        assertTrue(loop.dashed());
        assertTrue(loop.at(0.5).y() < h.bounds().y() - 20, "loop apex above the node");
        assertEquals("3", loop.weight().text().source());
        assertNotNull(loop.delayMark());
        assertEquals("−1", d.edge("h->y").weight().text().source());
    }

    @Test
    void aNamedWeightShowsItsNameAndNumber() {
        Graph g = SampleGraphs.rnn();
        g.edge("h->h").setLabel("u");
        g.edge("x->h").setLabel("w[1]_13");
        Diagram d = DiagramBuilder.build(g, Annotations.none());
        assertEquals("u = 3", d.edge("h->h").weight().text().unicode());
        assertEquals("w^{[1]}_{13}\\ =\\ 2", d.edge("x->h").weight().text().tex());
    }

    @Test
    void annotatedTextsDoNotOverlapNodesOrEachOther() {
        Graph g = SampleGraphs.skip();
        Annotations.Builder b = Annotations.builder();
        for (var n : g.nodes()) b.node(n.id(), Annotations.NodeNote.EMPTY.withValue("2.002", "2.002").withGrad("1 + 0.001 = 1.001", null));
        for (var e : g.edges()) b.edge(g.key(e), Annotations.EdgeNote.EMPTY.withValue("0.002", null).withGrad("1.001", null));
        Diagram d = DiagramBuilder.build(g, b.build());
        List<PlacedText> labels = new ArrayList<>();
        for (DiagramNode n : d.nodes()) {
            assertEquals("2.002", n.value().text().source());
            labels.add(n.value());
            labels.add(n.grad());
        }
        for (DiagramEdge e : d.edges()) labels.addAll(e.texts());
        for (PlacedText t : labels) {
            for (DiagramNode n : d.nodes()) assertFalse(t.bounds().intersects(n.bounds()), t.text() + " on node " + n.id());
            for (PlacedText o : labels) if (o != t) assertFalse(t.bounds().intersects(o.bounds()), t.text() + " on " + o.text() + " at " + t.bounds());
            assertTrue(d.bounds().contains(new Point(t.bounds().x(), t.bounds().y())));
        }
    }
}
