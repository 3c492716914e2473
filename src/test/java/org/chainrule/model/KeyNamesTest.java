package org.chainrule.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** Every key written one way: the labels of the file first, else names built from the ids. */
class KeyNamesTest {

    @Test
    void keysOfANeuronAndItsEdges() {
        Graph g = new Graph();
        g.add("a", Op.INPUT).setLabel("x_1");
        g.add("h", Op.NEURON).setLabel("h_t");
        g.connect("a", "h").setLabel("w[1]_11");
        g.connect("a", "h");
        g.connect("h", "h");
        assertEquals("w[1]_11", KeyNames.of(g, "a->h"));
        // the second of two parallel edges keeps its number; no label: from → to by the nodes' labels
        assertEquals("w(x_1→h_t#2)", KeyNames.of(g, "a->h#2"));
        assertEquals("b(h_t)", KeyNames.of(g, "h.bias"));
        assertEquals("h_0", KeyNames.of(g, "h.init"));
        assertEquals("x_1", KeyNames.of(g, "a"));
        assertEquals("nope", KeyNames.of(g, "nope"));
    }

    @Test
    void timeStepsAndFormulas() {
        assertEquals("h_2", KeyNames.at("h_t", 2));
        assertEquals("s⟨2⟩", KeyNames.at("s", 2));
        assertEquals("(w·x + x)", KeyNames.node("w·x + x"));
        assertEquals("(w·x_t)⟨1⟩", KeyNames.at(KeyNames.node("w·x_t"), 1));
        assertEquals("dJ/dŷ", KeyNames.total("J", "ŷ"));
        assertEquals("∂J/∂ŷ", KeyNames.partial("J", "ŷ"));
    }
}
