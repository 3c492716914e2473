package org.chainrule.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The key grammar ID, ID.bias, ID.init, FROM->TO#k and the id rule, parsed and written back. */
class KeyTest {
    @Test
    void everyFormParsesAndIsWrittenBackAsItWas() {
        for (String s : new String[] {"x", "h_1.bias", "h.init", "x->h", "x->h#2", "_a9->b"}) {
            assertEquals(s, Key.parse(s).toString(), s);
        }
        assertEquals(Key.weight("x", "h", 3), Key.parse("x->h#3"));
        assertEquals(Key.bias("h"), Key.parse("h.bias"));
        assertEquals(Key.Kind.INIT, Key.parse("h.init").kind());
        assertEquals(1, Key.parse("x->h").parallel());
    }

    @Test
    void textOutsideTheGrammarIsNoKey() {
        for (String s : new String[] {"", "1x", "x->", "->h", "x->h#", "x->h#0", "x->h#a", "x.weight", "a b", "x.bias.bias"}) {
            assertNull(Key.parse(s), s);
        }
        assertTrue(Key.isId("_x1"));
        assertFalse(Key.isId("x-1"));
        assertTrue("abc_9".matches(Key.ID_PATTERN));
    }
}
