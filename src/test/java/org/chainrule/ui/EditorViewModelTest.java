package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainrule.edit.MoveNodes;
import org.chainrule.edit.Property;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.chainrule.ui.inspector.InspectorFields;
import org.chainrule.ui.inspector.Field;
import org.chainrule.ui.files.FileActions;

/** The editing logic of the window, without a window. */
class EditorViewModelTest {
    private final EditorViewModel vm = new EditorViewModel();

    private List<String> args(Node n) {
        return vm.graph().arguments(n).stream().map(e -> vm.graph().source(e).id()).toList();
    }

    @Test
    void newNodesGetFreshIdsAndSourcesGetAValue() {
        Node x = vm.addNode(Op.INPUT, 10, 20);
        Node x2 = vm.addNode(Op.INPUT, 10, 80);
        Node m = vm.addNode(Op.MUL, 100, 50);
        assertEquals("x1", x.id());
        assertEquals("x2", x2.id());
        assertEquals("mul1", m.id());
        assertEquals(1.0, x.valueAt(1));
        assertEquals(10.0, x.x());
        assertEquals(List.of(m), vm.selection().nodes());
        assertEquals("Chainrule — Untitled", vm.titleProperty().get());
    }

    @Test
    void connectingByDropPositionChoosesTheArgument() {
        Node a = vm.addNode(Op.INPUT, 0, 0);
        Node b = vm.addNode(Op.INPUT, 0, 60);
        Node d = vm.addNode(Op.SUB, 100, 30);
        vm.connect(a, d, 1); // dropped on the lower half: a becomes the second argument
        vm.connect(b, d, 0);
        assertEquals(List.of("x2", "x1"), args(d));
        // pinning another edge to slot 0 unpins the one that was there
        Node c = vm.addNode(Op.INPUT, 0, 120);
        vm.connect(c, d, 0);
        Edge fromB = vm.graph().incoming(d).stream().filter(e -> vm.graph().source(e) == b).findFirst().orElseThrow();
        assertNull(fromB.arg());
        vm.undo();
        assertEquals(0, fromB.arg());
    }

    @Test
    void deleteUndoRedoAndDirtyState() {
        assertFalse(vm.isDirty());
        Node a = vm.addNode(Op.INPUT, 0, 0);
        Node s = vm.addNode(Op.SQUARE, 100, 0);
        vm.connect(a, s, null);
        assertTrue(vm.isDirty());
        long edits = vm.editsProperty().get();
        vm.selection().set(List.of(a));
        vm.deleteSelection();
        assertEquals(1, vm.graph().nodeCount());
        assertEquals(0, vm.graph().edgeCount());
        assertTrue(vm.editsProperty().get() > edits);
        vm.undo();
        assertEquals(2, vm.graph().nodeCount());
        assertEquals(1, vm.graph().edgeCount());
        while (vm.history().canUndo()) vm.undo();
        assertEquals(0, vm.graph().nodeCount());
        assertFalse(vm.isDirty());
        vm.redo();
        assertTrue(vm.isDirty());
    }

    @Test
    void movesAreOneStepAndDoNotCountAsEdits() {
        Node a = vm.addNode(Op.INPUT, 0, 0);
        long edits = vm.editsProperty().get();
        int steps = vm.history().size();
        Map<Node, MoveNodes.Position> start = Map.of(a, new MoveNodes.Position(0.0, 0.0));
        for (int i = 1; i <= 10; i++) vm.moveLive(Map.of(a, new MoveNodes.Position(i * 5.0, i * 2.0)));
        vm.finishMove(start);
        assertEquals(steps + 1, vm.history().size());
        assertEquals(50.0, a.x());
        assertEquals(edits, vm.editsProperty().get());
        vm.undo();
        assertEquals(0.0, a.x());
        vm.snapToGridProperty().set(true);
        vm.selection().set(List.of(a));
        vm.moveLive(Map.of(a, new MoveNodes.Position(33.0, 47.0)));
        vm.finishMove(Map.of(a, new MoveNodes.Position(0.0, 0.0)));
        assertEquals(40.0, a.x());
        assertEquals(40.0, a.y());
        vm.nudge(1, 0);
        vm.nudge(1, 0);
        assertEquals(42.0, a.x());
        vm.undo();
        assertEquals(40.0, a.x());
    }

    @Test
    void renameRefusesBadIdsWithAReason() {
        Node a = vm.addNode(Op.INPUT, 0, 0);
        vm.addNode(Op.PARAM, 0, 50);
        assertNotNull(vm.rename(a, "w1"));
        assertNotNull(vm.rename(a, "2x"));
        assertNull(vm.rename(a, "x"));
        assertEquals("x", a.id());
        vm.undo();
        assertEquals("x1", a.id());
    }

    @Test
    void inspectorFieldsSetValuesThroughTheHistory() {
        Node a = vm.addNode(Op.INPUT, 0, 0);
        vm.selection().set(List.of(a));
        InspectorFields f = new InspectorFields(vm);
        Field value = f.fields().stream().filter(x -> x.name().equals("value")).findFirst().orElseThrow();
        assertEquals("1", value.value());
        assertNull(value.setValue("2.5"));
        assertEquals(2.5, a.valueAt(1));
        assertNull(value.setValue("1, 2, 3"));
        assertEquals(List.of(1.0, 2.0, 3.0), a.values());
        assertEquals(3, vm.graph().timesteps());
        assertEquals("'abc' is not a number", value.setValue("abc"));
        assertEquals(List.of(1.0, 2.0, 3.0), a.values());
        vm.undo();
        assertEquals(2.5, a.valueAt(1));
        Field id = f.fields().get(0);
        assertNull(id.setValue("x"));
        assertEquals("x", a.id());
    }

    @Test
    void savingClearsDirtyAndNamesTheGraphAfterItsFile(@TempDir Path dir) throws Exception {
        vm.addNode(Op.INPUT, 0, 0);
        Path p = dir.resolve("my-graph.json");
        vm.save(p);
        assertTrue(Files.exists(p));
        assertFalse(vm.isDirty());
        assertEquals("Chainrule — my-graph", vm.titleProperty().get());
        assertEquals(p, vm.fileProperty().get());
    }

    @Test
    void autoLayoutIsOneUndoStep() {
        Graph g = new Graph();
        g.add("a", Op.INPUT).setValue(1);
        g.add("b", Op.SQUARE);
        g.connect("a", "b");
        vm.setDocument(g, null); // no positions: laid out on open
        assertTrue(g.node("a").hasPosition());
        g.node("a").setPosition(500.0, 500.0);
        vm.autoLayout();
        double x = g.node("a").x();
        assertTrue(x < g.node("b").x());
        vm.undo();
        assertEquals(500.0, g.node("a").x());
        vm.set(Property.graphName(), "renamed");
        assertEquals("Chainrule — renamed", vm.titleProperty().get());
    }

    @Test
    void invalidGraphsListTheirProblemsAndAClickSelectsTheNodes() {
        Node x = vm.addNode(Op.INPUT, 0, 0);
        Node a = vm.addNode(Op.ADD, 100, 0);
        Node b = vm.addNode(Op.ADD, 200, 0);
        Node out = vm.addNode(Op.SQUARE, 300, 0);
        vm.connect(x, a, null);
        vm.connect(a, b, null);
        vm.connect(b, out, null);
        assertTrue(vm.problems().isEmpty(), () -> vm.problems().toString());
        assertNotNull(vm.evaluation());
        // b → a closes a cycle without a delay
        Edge back = vm.connect(b, a, null);
        assertNull(vm.evaluation());
        assertFalse(vm.problems().isEmpty());
        var cycle = vm.problems().stream().filter(d -> d.nodeIds().contains("add1") && d.nodeIds().contains("add2")).findFirst();
        assertTrue(cycle.isPresent(), () -> vm.problems().toString());
        vm.selectProblem(cycle.get());
        assertEquals(List.of("add1", "add2"), vm.selection().nodes().stream().map(Node::id).sorted().toList());
        // a delay on the back edge makes it a recurrence: valid again
        vm.set(Property.delay(back), 1);
        assertTrue(vm.problems().isEmpty(), () -> vm.problems().toString());
        assertNotNull(vm.evaluation());
    }

    @Test
    void anImportedTableIsNamedAfterItsFileAndARecurrentOneRunsOverTimeSteps() throws Exception {
        Path dir = org.chainrule.ShippedGraphs.dir();
        vm.importTable(Files.readString(dir.resolve("in5400-2021-ex8.txt")), "in5400-2021-ex8.txt", org.chainrule.ops.Activation.IDENTITY);
        assertEquals("in5400-2021-ex8", vm.graphName());
        assertEquals("in5400-2021-ex8.json", FileActions.suggestedName(vm));
        assertEquals(1, vm.graph().timesteps());

        vm.importTable(Files.readString(dir.resolve("in5400-2021-ex8-recurrent.txt")), "in5400-2021-ex8-recurrent.txt",
                org.chainrule.ops.Activation.IDENTITY);
        assertEquals(org.chainrule.io.table.TableImport.RECURRENT_STEPS, vm.graph().timesteps());
        assertTrue(vm.messageProperty().get().contains(vm.graph().timesteps() + " time steps"), vm.messageProperty().get());
        // the self-loops now carry state: the output differs from its value after one step
        var e = vm.evaluation();
        assertTrue(Math.abs(e.value(vm.graph().output(), 1) - e.value()) > 1e-9);
    }

    @Test
    void thePaletteAddsACellAsOneNodePerOutputInOneUndoableChange() {
        vm.open(org.chainrule.ShippedGraphs.path("tum-p10c-lstm-cell.json"));
        int nodes = vm.graph().nodeCount();
        Node first = vm.addFunctionNode("lstm", 600, 100);
        assertEquals(nodes + 2, vm.graph().nodeCount());
        Node second = vm.graph().node("lstm_c2_1");
        assertEquals("lstm_h2_1", first.id());
        assertEquals("h2", first.functionOutput());
        assertEquals("c2", second.functionOutput());
        assertTrue(second.y() > first.y(), "the outputs one under the other");
        assertEquals(2, vm.selection().nodes().size());
        vm.undo();
        assertEquals(nodes, vm.graph().nodeCount());
    }
}
