package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte store of a big file's node ids: numbering, duplicates, absent ids, growth, any characters. */
class IdStoreTest {
    @Test
    void idsAreNumberedInTheOrderAddedAndADuplicateIsRefused() {
        IdStore s = new IdStore();
        assertEquals(0, s.add("x"));
        assertEquals(1, s.add("w"));
        assertEquals(-1, s.add("x"));
        assertEquals(2, s.add("wx"));
        assertEquals(-1, s.add("wx"));
        assertEquals(3, s.size());
        assertEquals(0, s.indexOf("x"));
        assertEquals(2, s.indexOf("wx"));
        assertEquals("w", s.id(1));
    }

    @Test
    void absentIdsAreNotFound() {
        IdStore s = new IdStore();
        for (String id : List.of("n1", "n10", "h", "h_1")) s.add(id);
        for (String absent : List.of("n", "n100", "n2", "N1", "h1", "h_", "", "h₁", "n1 ")) {
            assertEquals(-1, s.indexOf(absent), absent);
        }
    }

    @Test
    void growsPastManyEntries() {
        IdStore s = new IdStore();
        int n = 300_000;
        for (int i = 0; i < n; i++) assertEquals(i, s.add((i % 3 == 0 ? "x" : "n") + i));
        assertEquals(n, s.size());
        for (int i = 0; i < n; i++) {
            String id = (i % 3 == 0 ? "x" : "n") + i;
            assertEquals(id, s.id(i));
            assertEquals(i, s.indexOf(id));
            assertEquals(-1, s.indexOf((i % 3 == 0 ? "n" : "x") + i));
        }
        assertEquals(-1, s.add("n1"));
        assertEquals(-1, s.indexOf("n" + n));
    }

    @Test
    void anyCharactersComeBackExactly() {
        String longId = "a".repeat(300); // a length written in two bytes
        List<String> ids = List.of("h₁", "Σ", "é", "Ã©", "w😀", "\uD800", "\uDC00\uD800", "a\u0000b", longId, longId + "b",
                "ﬀ", "\u07FF", "\u0800", "\uFFFF");
        IdStore s = new IdStore();
        for (String id : ids) assertEquals(s.size(), s.add(id), id);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i), s.id(i));
            assertEquals(i, s.indexOf(ids.get(i)), ids.get(i));
            assertEquals(-1, s.add(ids.get(i)));
        }
        // the bytes of one id read as other characters are another id
        assertEquals(-1, s.indexOf("Î£"));
        assertEquals(-1, s.indexOf("h"));
        assertEquals(-1, s.indexOf("a".repeat(299)));
    }
}
