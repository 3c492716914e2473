package org.chainrule.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** Drawing TUM I2DL P6b (y = max(w·x + x, 0)) through commands, then taking it apart again. */
class HistoryTest {
    private final Graph g = new Graph();
    private final History h = new History(g);

    private Node add(String id, Op op) {
        Node n = new Node(id, op);
        h.execute(new AddNode(n));
        return n;
    }

    private Edge connect(Node a, Node b) {
        Connect c = new Connect(a, b);
        h.execute(c);
        return c.edge();
    }

    private static List<String> argIds(Graph g, Node n) {
        List<String> ids = new ArrayList<>();
        for (Edge e : g.arguments(n)) ids.add(g.source(e).id());
        return ids;
    }

    /** The graph as text: nodes in order, then edges in order; equal text = same state. */
    private static String describe(Graph g) {
        StringBuilder b = new StringBuilder();
        for (Node n : g.nodes()) b.append(n.id()).append(':').append(n.op().id()).append(n.values()).append(n.x()).append(',').append(n.y()).append(' ');
        for (Edge e : g.edges()) b.append(g.source(e).id()).append("->").append(g.target(e).id()).append(e.weightOrNull()).append(' ');
        return b.toString();
    }

    private void drawP6b() {
        Node x = add("x", Op.INPUT);
        Node w = add("w", Op.PARAM);
        Node wx = add("wx", Op.MUL);
        Node s = add("s", Op.ADD);
        Node zero = add("zero", Op.CONST);
        Node y = add("y", Op.MAX);
        connect(w, wx);
        connect(x, wx);
        connect(wx, s);
        connect(x, s);
        connect(s, y);
        connect(zero, y);
        h.execute(new SetProperty<>(Property.value(x), Property.Value.of(2)));
        h.execute(new SetProperty<>(Property.value(w), Property.Value.of(0.001)));
    }

    @Test
    void drawingP6bAndUndoingEverythingLeavesAnEmptyGraph() {
        drawP6b();
        assertEquals(6, g.nodeCount());
        assertEquals(6, g.edgeCount());
        assertEquals(0.001, g.node("w").valueAt(1));
        assertEquals(14, h.size());
        while (h.canUndo()) h.undo();
        assertEquals(0, g.nodeCount());
        assertEquals(0, g.edgeCount());
        while (h.canRedo()) h.redo();
        assertEquals(6, g.edgeCount());
        assertEquals(2.0, g.node("x").valueAt(1));
        assertEquals(List.of("s", "zero"), argIds(g, g.node("y")));
    }

    @Test
    void undoingADeleteRestoresArgumentOrderAndIdentity() {
        Node a = add("a", Op.INPUT);
        Node b = add("b", Op.INPUT);
        Node d = add("d", Op.SUB);
        Edge ad = connect(a, d);
        connect(b, d);
        String before = describe(g);
        h.execute(new RemoveElements(List.of(a), List.of()));
        assertEquals(List.of("b"), argIds(g, d));
        h.undo();
        assertEquals(before, describe(g));
        assertEquals(List.of("a", "b"), argIds(g, d)); // a − b, not b − a
        assertSame(a, g.node("a"));
        assertTrue(g.contains(ad));
        h.redo();
        assertFalse(g.contains(a));
        assertFalse(g.contains(ad));
    }

    @Test
    void deletingAnEdgeAndUndoingKeepsParallelEdgeKeys() {
        Node a = add("a", Op.INPUT);
        Node n = add("n", Op.NEURON);
        Edge e1 = connect(a, n);
        Edge e2 = connect(a, n);
        h.execute(new SetProperty<>(Property.weight(e2), 5.0));
        assertEquals("a->n#2", g.key(e2));
        h.execute(RemoveElements.edge(e1));
        assertEquals("a->n", g.key(e2));
        h.undo();
        assertEquals("a->n", g.key(e1));
        assertEquals("a->n#2", g.key(e2));
        assertEquals(5.0, e2.weight());
    }

    @Test
    void dirtyStateFollowsTheSavedPoint() {
        assertFalse(h.isDirty());
        Node a = add("a", Op.INPUT);
        assertTrue(h.isDirty());
        h.markSaved();
        assertFalse(h.isDirty());
        h.execute(new Rename(a, "b"));
        assertTrue(h.isDirty());
        h.undo();
        assertFalse(h.isDirty());
        h.undo(); // before the save
        assertTrue(h.isDirty());
        h.redo();
        assertFalse(h.isDirty());
        // undo past the save, then change something else: the saved state cannot come back
        h.undo();
        add("c", Op.CONST);
        assertTrue(h.isDirty());
        h.undo();
        assertTrue(h.isDirty());
    }

    @Test
    void renameFollowsOutputAndRefusesBadIds() {
        Node y = add("y", Op.ADD);
        g.setOutputId("y");
        h.execute(new Rename(y, "out"));
        assertEquals("out", g.outputId());
        assertSame(y, g.node("out"));
        assertNull(g.node("y"));
        h.undo();
        assertEquals("y", g.outputId());
        add("x", Op.INPUT);
        assertEquals("there is already a node 'x'", Rename.problem(g, y, "x"));
        assertTrue(Rename.problem(g, y, "1x").contains("not an id"));
        assertNull(Rename.problem(g, y, "h_1"));
    }

    @Test
    void nudgesMergeButDragsDoNot() {
        Node a = add("a", Op.INPUT);
        h.execute(new MoveNodes(Map.of(a, new MoveNodes.Position(10.0, 10.0)), "Move node"));
        h.execute(new MoveNodes(Map.of(a, new MoveNodes.Position(20.0, 10.0)), "Move node"));
        assertEquals(3, h.size());
        h.execute(MoveNodes.nudge(Map.of(a, new MoveNodes.Position(21.0, 10.0))));
        h.execute(MoveNodes.nudge(Map.of(a, new MoveNodes.Position(22.0, 10.0))));
        h.execute(MoveNodes.nudge(Map.of(a, new MoveNodes.Position(23.0, 10.0))));
        assertEquals(4, h.size());
        h.undo();
        assertEquals(20.0, a.x());
        h.undo();
        assertEquals(10.0, a.x());
        h.undo();
        assertNull(a.x());
    }

    @Test
    void replaceGraphSwapsWholeStatesKeepingObjects() {
        drawP6b();
        Node x = g.node("x");
        String before = describe(g);
        h.execute(new ReplaceGraph("Auto layout", gr -> {
            double i = 0;
            for (Node n : gr.nodes()) n.setPosition(i += 100, 50.0);
        }));
        String after = describe(g);
        assertEquals(100.0, x.x());
        h.undo();
        assertEquals(before, describe(g));
        assertNull(x.x());
        h.redo();
        assertEquals(after, describe(g));
        assertSame(x, g.node("x"));
    }

    @Test
    void listValuesAndPropertiesUndo() {
        Node x = add("x", Op.INPUT);
        h.execute(new SetProperty<>(Property.value(x), Property.Value.ofList(List.of(1.0, 2.0))));
        assertTrue(x.valueIsList());
        assertEquals(2, g.timesteps());
        h.execute(new SetProperty<>(Property.value(x), Property.Value.of(3)));
        assertFalse(x.valueIsList());
        h.undo();
        assertEquals(List.of(1.0, 2.0), x.values());
        assertTrue(x.valueIsList());
        h.undo();
        assertNull(x.values());
        SetProperty<String> same = new SetProperty<>(Property.label(x), null);
        assertTrue(same.isNoOp(g));
    }
}
