package org.chainrule.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chainrule.io.InputException;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Importing adjacency tables as exams print them (docs/file-format.md, adjacency tables). */
class TableImportTest {
    /** UiO IN5400 2021, Ex 8, as printed in the exam. */
    static final String EX8 = String.join("\n",
            "  S A B C D E F",
            "S 0 1 1 0 0 1 0",
            "A 0 0 1 1 0 1 0",
            "B 0 0 0 1 0 1 0",
            "C 0 0 0 0 1 1 0",
            "D 0 0 0 0 0 1 1",
            "E 0 0 0 0 0 0 1") + "\n";

    static Graph parse(String text) {
        return TableImport.parse(text, "t.txt", Activation.IDENTITY);
    }

    /** The edges of a graph as FROM->TO=weight, in graph order. */
    static List<String> edges(Graph g) {
        return g.edges().stream().map(e -> g.key(e) + "=" + TableExport.number(e.weight())).toList();
    }

    @Test
    void examTableHasThirteenEdgesOneInputAndOutputF() {
        Graph g = parse(EX8);
        assertEquals(7, g.nodeCount());
        assertEquals(13, g.edgeCount());
        assertEquals(List.of("S", "A", "B", "C", "D", "E", "F"), g.nodes().stream().map(Node::id).toList());
        assertEquals(Op.INPUT, g.node("S").op());
        assertEquals(1.0, g.node("S").valueAt(1));
        for (String id : List.of("A", "B", "C", "D", "E", "F")) {
            assertEquals(Op.NEURON, g.node(id).op(), id);
            assertEquals(Activation.IDENTITY, g.node(id).activation(), id);
        }
        assertEquals("F", g.outputId());
        assertEquals(List.of("S->A=1", "S->B=1", "S->E=1", "A->B=1", "A->C=1", "A->E=1", "B->C=1", "B->E=1",
                "C->D=1", "C->E=1", "D->E=1", "D->F=1", "E->F=1"), edges(g));
    }

    @Test
    void chosenActivationGoesToEveryNeuron() {
        Graph g = TableImport.parse(EX8, "t.txt", Activation.RELU);
        assertEquals(Activation.RELU, g.node("E").activation());
        assertEquals(Op.INPUT, g.node("S").op());
    }

    @Test
    void diagonalEntriesAreSelfLoopsWithDelayOne() {
        Graph g = parse("  S A B\nS 0 1 0\nA 0 1 2\nB 0 0 0.5\n");
        Edge aa = g.edge("A->A");
        assertNotNull(aa);
        assertEquals(1, g.delay(aa));
        assertEquals(1.0, aa.weight());
        assertEquals(0.5, g.edge("B->B").weight());
        assertEquals(0, g.delay(g.edge("A->B")));
        // B feeds only itself, so it is still the only sink and the output.
        assertEquals("B", g.outputId());
    }

    @Test
    void nodeWithOnlyASelfLoopIsANeuronNotAnInput() {
        Graph g = parse("  A B\nA 1 1\n");
        assertEquals(Op.NEURON, g.node("A").op());
    }

    @Test
    void weightsNegativeDecimalAndExponentKeepTheirValue() {
        Graph g = parse("  x h y\nx 0 -2.5 0\nh 0 0 1e-3\n");
        assertEquals(-2.5, g.edge("x->h").weight());
        assertEquals(0.001, g.edge("h->y").weight());
        assertEquals(-3.0, parse("  x h\nx 0 \u22123\n").edge("x->h").weight(), "minus sign copied from a PDF");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "  S A B\nS 0 1 1\nA 0 0 1\n",
            "\tS\tA\tB\nS\t0\t1\t1\nA\t0\t0\t1\n",
            ",S,A,B\nS,0,1,1\nA,0,0,1\n",
            "S,A,B\nS,0,1,1\nA,0,0,1\n",
            " , S , A , B \n S , 0 , 1 , 1 \n A , 0 , 0 , 1 \n",
            ";S;A;B\nS;0;1;1\nA;0;0;1\n",
            "| | S | A | B |\n|---|---|---|---|\n| S | 0 | 1 | 1 |\n| A | 0 | 0 | 1 |\n",
            "|   | S | A | B |\n|:--|:-:|--:|---|\nS | 0 | 1 | 1\nA | 0 | 0 | 1\n",
            "from\\to S A B\nS 0 1 1\nA 0 0 1\n",
            "# IN5400 style\r\n  S A B\r\n\r\nS 0 1 1\r\nA 0 0 1\r\n",
            "\uFEFF  S A B\nS 0 1 1\nA 0 0 1",
    })
    void everySeparatorReadsTheSameTable(String text) {
        Graph g = parse(text);
        assertEquals(List.of("S", "A", "B"), g.nodes().stream().map(Node::id).toList());
        assertEquals(List.of("S->A=1", "S->B=1", "A->B=1"), edges(g));
        assertEquals("B", g.outputId());
    }

    @Test
    void missingRowsAreNodesWithoutOutgoingEdges() {
        // Rows may come in any order and any may be left out.
        Graph g = parse("  S A B C\nA 0 0 0 1\nS 0 1 1 0\n");
        assertEquals(4, g.nodeCount());
        assertTrue(g.outgoing(g.node("B")).isEmpty());
        assertTrue(g.outgoing(g.node("C")).isEmpty());
        assertNull(g.outputId(), "two sinks (B, C): no output chosen");
        assertEquals(Op.INPUT, g.node("S").op());
    }

    @Test
    void headerAloneGivesNodesWithoutEdges() {
        Graph g = parse("  S\n");
        assertEquals(1, g.nodeCount());
        assertEquals(0, g.edgeCount());
        assertEquals("S", g.outputId());
    }

    // ---- bad tables: one line naming file, line and column ----

    static String error(String text) {
        InputException e = assertThrows(InputException.class, () -> parse(text));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void raggedRowTooShortPointsAtTheEndOfTheLine() {
        assertEquals("t.txt:3:6: row 'A' has 2 entries, the header names 3 columns",
                error("  S A B\nS 0 1 1\nA 0 0\n"));
    }

    @Test
    void raggedRowTooLongPointsAtTheFirstExtraEntry() {
        assertEquals("t.txt:2:9: row 'S' has 4 entries, the header names 3 columns",
                error("  S A B\nS 0 1 1 1\n"));
    }

    @Test
    void unknownRowName() {
        assertEquals("t.txt:3:1: unknown row name 'X' (the header names S, A, B)",
                error("  S A B\nS 0 1 1\nX 0 0 1\n"));
    }

    @Test
    void rowGivenTwice() {
        assertEquals("t.txt:4:1: row 'S' given twice (first on line 2)",
                error("  S A B\nS 0 1 1\nA 0 0 1\nS 0 0 0\n"));
    }

    @Test
    void duplicateHeaderName() {
        assertEquals("t.txt:1:7: column 'A' named twice in the header (first at column 5)",
                error("  S A A\nS 0 1 1\n"));
    }

    @Test
    void nonNumberNamesRowAndColumn() {
        assertEquals("t.txt:3:5: 'x' is not a number (row 'A', column 'A')",
                error("  S A B\nS 0 1 1\nA 0 x 1\n"));
        assertEquals("t.txt:2:3: 'NaN' is not a number (row 'S', column 'S')", error("  S A\nS NaN 1\n"));
        assertEquals("t.txt:2:5: '0x10' is not a number (row 'S', column 'A')", error("  S A\nS 0 0x10\n"));
        assertEquals("t.txt:2:5: '1e999' is too large (row 'S', column 'A')", error("  S A\nS 0 1e999\n"));
    }

    @Test
    void emptyEntryInADelimitedTable() {
        assertEquals("t.txt:2:5: empty entry in row 'S', column 'A' (write 0 for no edge)",
                error(",S,A\nS,0,\n"));
    }

    @Test
    void badHeaders() {
        assertEquals("t.txt:1:1: empty table: expected a header line naming the columns", error(""));
        assertEquals("t.txt:1:1: empty table: expected a header line naming the columns", error(" \n\t\n# only a comment\n"));
        assertEquals("t.txt:1:5: 'w[1]' is not a valid node name (letters, digits and _, not starting with a digit)",
                error("  S w[1]\nS 0 1\n"));
        assertEquals("t.txt:1:4: empty column name in the header", error(",S,,A\n"));
        assertEquals("t.txt:1:1: the header names no columns", error("||\n"));
    }

    @Test
    void missingRowName() {
        assertEquals("t.txt:2:1: missing row name", error(",S,A\n,0,1\n"));
    }

    @Test
    void recurrentExamTableRunsOverTheTimeStepsOfTheShippedExamGraph() {
        Path table = org.chainrule.ShippedGraphs.path("in5400-2021-ex8-recurrent.txt");
        Graph imported = TableImport.read(table, Activation.IDENTITY);
        assertEquals("in5400-2021-ex8-recurrent", imported.name());
        assertTrue(TableImport.recurrent(imported));
        assertEquals(TableImport.RECURRENT_STEPS, imported.timesteps());
        assertTrue(imported.description().contains(TableImport.RECURRENT_STEPS + " time steps"), imported.description());
        // the hand-written exam graph (three steps, linear units, weights 1) gives the same F at every step
        Graph exam = org.chainrule.ShippedGraphs.read("in5400-2021-ex8-recurrent.json");
        assertEquals(exam.timesteps(), imported.timesteps());
        var a = org.chainrule.engine.Engine.evaluate(imported);
        var b = org.chainrule.engine.Engine.evaluate(exam);
        for (int t = 1; t <= exam.timesteps(); t++) {
            assertEquals(b.value(exam.node("F"), t), a.value(imported.node("F"), t), 1e-12, "F at t = " + t);
        }
        // one step would have left the self-loops carrying only their initial state: F differs at t = 3
        Graph once = imported.copy();
        once.setTimesteps(1);
        assertTrue(Math.abs(org.chainrule.engine.Engine.evaluate(once).value() - a.value()) > 1e-9);
    }

    @Test
    void aTableWithoutSelfLoopsKeepsOneStepAndIsNamedWithoutItsExtension() {
        Graph g = TableImport.parse(EX8, "exams/in5400-2021-ex8.txt", Activation.IDENTITY);
        assertEquals("in5400-2021-ex8", g.name());
        assertEquals(1, g.timesteps());
        assertEquals(null, g.timestepsOrNull());
    }
}
