package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT export through jgrapht-io: ids, labels, weights, delays, argument order, positions. */
class DotExportTest {
    /** The TUM P10b cell as a neuron with a self-loop, plus an ordered op after it. */
    static Graph rnn() {
        Graph g = new Graph();
        g.setName("RNN \"cell\"");
        Node x = g.add("x", Op.INPUT);
        x.setValues(java.util.List.of(1.0, 2.0));
        x.setPosition(40.0, 120.0);
        Node h = g.add("h", Op.NEURON);
        h.setActivation(Activation.RELU);
        h.setLabel("h_t");
        h.setPosition(160.0, 40.0);
        g.add("t", Op.CONST).setValue(0.5);
        g.add("d", Op.SUB);
        g.connect("x", "h").setWeight(2.0);
        g.connect("h", "h").setWeight(3.0);
        g.connect("h", "d");
        g.connect("t", "d");
        return g;
    }

    @Test
    void writesEveryNodeAndEdgeWithLabels() {
        String dot = DotExport.toDot(rnn());
        assertTrue(dot.startsWith("digraph chainrule {"), dot);
        assertTrue(dot.contains("rankdir=LR;"), dot);
        assertTrue(dot.contains("label=\"RNN \\\"cell\\\"\";"), "quotes escaped: " + dot);
        assertTrue(dot.contains("x [ label=\"x = [1, 2]\" shape=\"plaintext\" pos=\"40.0,0.0\" ];"), dot);
        assertTrue(dot.contains("h [ label=\"h_t\\nReLU\" shape=\"circle\" pos=\"160.0,80.0\" ];"), dot);
        assertTrue(dot.contains("d [ label=\"d\\n−\" shape=\"ellipse\" peripheries=\"2\" ];"), dot);
        assertTrue(dot.contains("x -> h [ label=\"2\" ];"), dot);
        assertTrue(dot.contains("h -> h [ style=\"dashed\" label=\"3, delay 1\" ];"), dot);
        assertTrue(dot.contains("h -> d [ headlabel=\"a\" ];"), dot);
        assertTrue(dot.contains("t -> d [ headlabel=\"b\" ];"), dot);
        assertEquals(4, dot.lines().filter(l -> l.contains(" -> ")).count());
    }

    @Test
    void labelsThatRepeatTheValueOrTheSymbolAreNotWrittenTwice() {
        Graph g = new Graph();
        g.add("zero", Op.CONST).setValue(0);
        g.node("zero").setLabel("0");
        g.add("s", Op.ADD).setLabel("+");
        g.connect("zero", "s");
        String dot = DotExport.toDot(g);
        assertTrue(dot.contains("zero [ label=\"0\" shape=\"plaintext\" ];"), dot);
        assertTrue(dot.contains("s [ label=\"+\" shape=\"ellipse\" peripheries=\"2\" ];"), dot);
    }

    @Test
    void writeLeavesOnlyTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.dot");
        DotExport.write(rnn(), out);
        assertEquals(DotExport.toDot(rnn()), Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
