package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes in a cell (a function of several outputs) and in the nodes that call it: {@code eval} refuses
 * the file with one line naming the function and the place, exit code 2.
 */
class CellMistakesTest extends CliCase {
    @TempDir
    Path dir;

    /**
     * The cell {@code lstm} with {@code body} and {@code outputs}, and one node {@code y} that calls it with
     * {@code call} (the rest of the node) on {@code args} inputs.
     */
    private Path file(String body, String outputs, String call, int args) throws IOException {
        StringBuilder edges = new StringBuilder();
        for (int a = 0; a < args; a++) edges.append(a == 0 ? "" : ", ").append("{\"from\": \"x\", \"to\": \"y\", \"arg\": ").append(a).append('}');
        String json = "{\"format\": \"chainrule\", \"version\": 1, \"output\": \"y\","
                + " \"functions\": [{\"name\": \"lstm\", \"params\": [\"x\", \"h\", \"c\"], \"body\": [" + body + "]"
                + (outputs.isEmpty() ? "" : ", \"outputs\": [" + outputs + "]") + "},"
                + " {\"name\": \"g\", \"params\": [\"a\"], \"body\": \"2 * a\"}],"
                + " \"nodes\": [{\"id\": \"x\", \"op\": \"input\", \"value\": 1}, {\"id\": \"y\", \"op\": \"lstm\"" + call + "}],"
                + " \"edges\": [" + edges + "]}";
        Path p = dir.resolve("cell.json");
        Files.writeString(p, json.replace('\'', '"'));
        return p;
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'s = x + h', 'c2 = s * c'|'c2', 'h3'|, 'output': 'c2'|3"
            + "|functions[0] 'lstm'.outputs: 'h3' is not assigned in the body (assigned: s, c2)|an output not assigned",
        "'s = x + h', 'c2 = s * c'|'c2', 's'||3"
            + "|nodes[1] 'y'.output: lstm(x, h, c) has the outputs c2, s: say which with \"output\"|a call without output",
        "'s = x + h', 'c2 = s * c'|'c2', 's'|, 'output': 'h2'|3"
            + "|nodes[1] 'y'.output: lstm(x, h, c) has no output 'h2' (its outputs are c2, s)|an unknown output",
        "'s = x + h', 's = s * c'|'s'||3"
            + "|functions[0] 'lstm'.body[1], column 1: 's' is assigned twice (first in body[0])|a name assigned twice",
        "'s = x + c2', 'c2 = s * c'|'c2', 's'|, 'output': 's'|3"
            + "|functions[0] 'lstm'.body[0], column 9: 'c2' is used before it is assigned (in body[1])|a name used before it is assigned",
        "'s = x + q', 'c2 = s * c'|'c2', 's'|, 'output': 's'|3"
            + "|functions[0] 'lstm'.body[0], column 9: unknown name 'q' (the params are x, h, c)|an unknown name",
        "'s = x + h', 'h = s * c'|'h', 's'|, 'output': 's'|3"
            + "|functions[0] 'lstm'.body[1], column 1: 'h' is a param: give the result a name of its own|a param assigned",
        "'s = lstm(x, h, c)', 'c2 = s * c'|'c2'||3"
            + "|functions[0] 'lstm': recursion: lstm -> lstm (a function cannot call itself)|recursion",
        "'s = x + h', 'c2 = g(s, c)'|'c2', 's'|, 'output': 's'|3"
            + "|functions[0] 'lstm'.body[1], column 6: g takes 1 argument, not 2|a wrong arity inside the body",
        "'s = x + h', 'c2 = s * c'|'c2', 's'|, 'output': 's'|2"
            + "|node 'y': function lstm(x, h, c) takes 3 inputs, has 2|a call with a wrong arity",
        "'s = x + h', 'x + c'|'s'|, 'output': 's'|3"
            + "|functions[0] 'lstm'.body[1], column 1: write each statement as name = expression|a statement without a name",
    })
    void aMistakeIsOneLineNamingTheFunctionAndThePlace(String body, String outputs, String call, int args, String expected,
                                                        String what) throws IOException {
        Path f = file(body, outputs, call == null ? "" : call, args);
        assertEquals(2, run("eval", f.toString()), what);
        String err = stderr().strip();
        assertEquals(1, err.lines().count(), err);
        String prefix = "chainrule eval: " + (expected.startsWith("node '") ? "" : f + ": ");
        assertEquals(prefix + expected, err, what);
    }
}
