package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFileTest {
    private static final String FILE = "{\"format\": \"chainrule\", \"version\": 1, \"name\": \"n\", \"color\": \"blue\","
            + "\"nodes\": [{\"id\": \"x\", \"op\": \"input\", \"value\": [1, 2.5], \"x\": 10, \"y\": 20, \"note\": {\"a\": 1}},"
            + "{\"id\": \"h\", \"op\": \"neuron\", \"bias\": 0.5, \"activation\": \"tanh\", \"init\": 3}],"
            + "\"edges\": [{\"from\": \"x\", \"to\": \"h\", \"label\": \"w[1]_13\", \"weight\": 2, \"style\": \"bold\"}, {\"from\": \"h\", \"to\": \"h\"}]}";

    @Test
    void unknownFieldsAndPositionsSurviveARoundTrip() {
        Graph g = GraphFile.parse(FILE, "f.json");
        JsonObject o = JsonParser.parseString(GraphFile.toJson(g)).getAsJsonObject();
        assertEquals("blue", o.get("color").getAsString());
        JsonObject x = o.getAsJsonArray("nodes").get(0).getAsJsonObject();
        assertEquals(1, x.getAsJsonObject("note").get("a").getAsInt());
        assertEquals(10, x.get("x").getAsDouble());
        assertEquals(2.5, x.getAsJsonArray("value").get(1).getAsDouble());
        assertEquals("bold", o.getAsJsonArray("edges").get(0).getAsJsonObject().get("style").getAsString());
        Graph again = GraphFile.parse(GraphFile.toJson(g), "f.json");
        assertEquals(GraphFile.toJson(g), GraphFile.toJson(again));
        assertEquals(3, again.node("h").init());
        assertEquals("w[1]_13", again.edge("x->h").label());
        assertEquals(1, again.delay(again.edge("h->h")));
    }

    @Test
    void saveReplacesAtomicallyAndAFailedSaveKeepsTheOldFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.json");
        Graph g = GraphFile.parse(FILE, "f.json");
        GraphFile.write(g, f);
        String before = Files.readString(f);
        assertEquals(g.nodeCount(), GraphFile.read(f).nodeCount());
        // writing into a path whose parent is a file fails cleanly and leaves no temporary file behind
        Path bad = f.resolve("child.json");
        InputException e = assertThrows(InputException.class, () -> GraphFile.write(g, bad));
        assertTrue(e.getMessage().contains("cannot write"), e.getMessage());
        assertEquals(before, Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void missingFileIsOneLine() {
        InputException e = assertThrows(InputException.class, () -> GraphFile.read(Path.of("/no/such/graph.json")));
        assertEquals("/no/such/graph.json: no such file", e.getMessage());
    }
}
