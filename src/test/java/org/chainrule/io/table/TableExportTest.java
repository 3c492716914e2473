package org.chainrule.io.table;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.io.InputException;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing graphs back as adjacency tables, and the round trip import → export → import. */
class TableExportTest {
    static Path graphsDir() {
        return ShippedGraphs.dir();
    }

    @Test
    void examTableComesBackByteForByte() throws Exception {
        for (String name : new String[] {"in5400-2021-ex8.txt", "in5400-2021-ex8-recurrent.txt"}) {
            Path file = graphsDir().resolve(name);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Graph g = TableImport.read(file, Activation.IDENTITY);
            assertEquals(text, TableExport.toText(g, name), name);
        }
    }

    @Test
    void recurrentTableHasFiveSelfLoops() {
        Graph g = TableImport.read(graphsDir().resolve("in5400-2021-ex8-recurrent.txt"), Activation.IDENTITY);
        assertEquals(18, g.edgeCount());
        long loops = g.edges().stream().filter(e -> g.source(e) == g.target(e)).count();
        assertEquals(5, loops);
        for (String id : new String[] {"A", "B", "C", "D", "E"}) assertEquals(1, g.delay(g.edge(id + "->" + id)));
        assertEquals("F", g.outputId());
    }

    @Test
    void roundTripKeepsWeightsOfEveryKind() {
        String text = ",x1,x2,h,y\nx1,0,0,-0.5,0\nx2,0,0,2.25,0\nh,0,0,0.1,1e-7\n";
        Graph first = TableImport.parse(text, "t.csv", Activation.RELU);
        String written = TableExport.toText(first, "t");
        assertEquals(String.join("\n",
                "   x1 x2    h      y",
                "x1  0  0 -0.5      0",
                "x2  0  0 2.25      0",
                "h   0  0  0.1 1.0E-7") + "\n", written);
        Graph second = TableImport.parse(written, "t.txt", Activation.RELU);
        assertEquals(TableImportTest.edges(first), TableImportTest.edges(second));
        assertEquals(written, TableExport.toText(second, "t"));
    }

    @Test
    void edgesIntoOpsAreWrittenAsOne() {
        Graph g = new Graph();
        g.add("a", Op.INPUT).setValue(2);
        g.add("b", Op.INPUT).setValue(3);
        g.add("m", Op.MUL);
        g.connect("a", "m");
        g.connect("b", "m").setWeight(7.0); // a weight on an edge into an op means nothing
        assertEquals("  a b m\na 0 0 1\nb 0 0 1\n", TableExport.toText(g, "g"));
    }

    @Test
    void whatATableCannotHoldIsRefusedWithTheEdgeKey() {
        Graph parallel = new Graph();
        parallel.add("x", Op.INPUT);
        parallel.add("y", Op.ADD);
        parallel.connect("x", "y");
        parallel.connect("x", "y");
        assertEquals("g.json: edge x->y#2: a table cannot hold parallel edges",
                assertThrows(InputException.class, () -> TableExport.toText(parallel, "g.json")).getMessage());

        Graph delayed = new Graph();
        delayed.add("x", Op.INPUT);
        delayed.add("y", Op.NEURON);
        Edge e = delayed.connect("x", "y");
        e.setDelay(1);
        assertEquals("g.json: edge x->y: a table cannot hold a delayed edge between two nodes",
                assertThrows(InputException.class, () -> TableExport.toText(delayed, "g.json")).getMessage());

        Graph loop = new Graph();
        loop.add("h", Op.NEURON);
        loop.connect("h", "h").setDelay(2);
        assertEquals("g.json: edge h->h: a table's diagonal is a self-loop with delay 1, this one has delay 2",
                assertThrows(InputException.class, () -> TableExport.toText(loop, "g.json")).getMessage());

        Graph zero = new Graph();
        zero.add("x", Op.INPUT);
        zero.add("y", Op.NEURON);
        zero.connect("x", "y").setWeight(0.0);
        assertEquals("g.json: edge x->y: a weight of 0.0 cannot be written as a table entry",
                assertThrows(InputException.class, () -> TableExport.toText(zero, "g.json")).getMessage());

        assertEquals("g.json: a graph with no nodes has no table",
                assertThrows(InputException.class, () -> TableExport.toText(new Graph(), "g.json")).getMessage());
    }

    @Test
    void writeGoesThroughATemporaryFile(@TempDir Path dir) throws Exception {
        Graph g = TableImport.parse(TableImportTest.EX8, "t.txt", Activation.IDENTITY);
        Path out = dir.resolve("out.txt");
        TableExport.write(g, out, "t");
        assertEquals(TableImportTest.EX8, Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
