package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.ShippedGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on a file big enough to be streamed that holds functions or tensors: it turns to the
 * ordinary reader and prints the numbers the small file gives.
 */
class BigFileFallbackTest extends CliCase {
    @TempDir
    Path dir;

    /** The shipped graph with enough JSON whitespace after it to pass the big-file size. */
    private Path padded(String name) throws IOException {
        String text = Files.readString(ShippedGraphs.path(name), StandardCharsets.UTF_8);
        Path p = dir.resolve(name);
        Files.writeString(p, text + " ".repeat((int) StreamedEval.BIG_FILE_BYTES + 16), StandardCharsets.UTF_8);
        assertTrue(StreamedEval.isBig(p.toString()));
        return p;
    }

    private JsonObject eval(String file) {
        assertEquals(0, run("eval", file, "--json"), stderr());
        return JsonParser.parseString(stdout()).getAsJsonObject();
    }

    @Test
    void aBigFileWithFunctionsOrTensorsGivesTheSmallFilesNumbers() throws IOException {
        for (String name : new String[] {"softplus-function.json", "in5400-2018-dense-matrices.json"}) {
            JsonObject small = eval(ShippedGraphs.path(name).toString());
            JsonObject big = eval(padded(name).toString());
            assertEquals(small.get("value").getAsDouble(), big.get("value").getAsDouble(), 0, name);
            assertEquals(small.get("grads"), big.get("grads"), name);
        }
        assertEquals(0, run("eval", padded("softplus-function.json").toString(), "--summary"), stderr());
        assertTrue(stdout().startsWith("output "), stdout());
    }

    @Test
    void aBigFileWithAnUnknownOpIsStillNamedOnOneLine() throws IOException {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [{\"id\": \"h\", \"op\": \"rleu\"}]}"
                + " ".repeat((int) StreamedEval.BIG_FILE_BYTES), StandardCharsets.UTF_8);
        assertEquals(2, run("eval", p.toString()));
        String e = stderr().strip();
        assertTrue(e.contains("unknown op 'rleu'") && !e.contains("\n"), e);
    }
}
