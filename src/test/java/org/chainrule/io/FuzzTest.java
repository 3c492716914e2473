package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.chainrule.cli.Cli;
import org.chainrule.engine.Engine;
import org.chainrule.engine.GraphException;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random and truncated input sees only clean errors: an InputException or a GraphException, one line. */
class FuzzTest {
    private static final String GOOD = "{\"format\": \"chainrule\", \"version\": 1, \"output\": \"y\", \"nodes\": ["
            + "{\"id\": \"x\", \"op\": \"input\", \"value\": 2}, {\"id\": \"w\", \"op\": \"param\", \"value\": 0.001},"
            + "{\"id\": \"wx\", \"op\": \"mul\"}, {\"id\": \"s\", \"op\": \"add\"}, {\"id\": \"zero\", \"op\": \"const\", \"value\": 0},"
            + "{\"id\": \"h\", \"op\": \"neuron\", \"activation\": \"relu\"}, {\"id\": \"y\", \"op\": \"max\"}],"
            + "\"edges\": [{\"from\": \"w\", \"to\": \"wx\"}, {\"from\": \"x\", \"to\": \"wx\"}, {\"from\": \"wx\", \"to\": \"s\"},"
            + "{\"from\": \"x\", \"to\": \"s\", \"arg\": 1}, {\"from\": \"s\", \"to\": \"h\", \"weight\": 2}, {\"from\": \"h\", \"to\": \"h\"},"
            + "{\"from\": \"h\", \"to\": \"y\"}, {\"from\": \"zero\", \"to\": \"y\"}]}";

    private static void loadAndEvaluate(String text) {
        try {
            Graph g = GraphFile.parse(text, "fuzz.json");
            Engine.evaluate(g);
        } catch (InputException | GraphException e) {
            assertFalse(e.getMessage().contains("\n"), "message spans lines: " + e.getMessage());
            assertTrue(e.getMessage().length() < 400, "message too long: " + e.getMessage());
        }
    }

    @Test
    void truncatedFiles() {
        for (int cut = 0; cut < GOOD.length(); cut++) loadAndEvaluate(GOOD.substring(0, cut));
    }

    @Test
    void mutatedFiles() {
        Random r = new Random(7);
        String alphabet = "{}[]\",:0123456789.-eE truefalsnul\\abcxyz";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder(GOOD);
            int edits = 1 + r.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(3)) {
                    case 0: b.deleteCharAt(at); break;
                    case 1: b.insert(at, alphabet.charAt(r.nextInt(alphabet.length()))); break;
                    default: b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            loadAndEvaluate(b.toString());
        }
    }

    @Test
    void randomBytes() {
        Random r = new Random(11);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[r.nextInt(200)];
            r.nextBytes(bytes);
            loadAndEvaluate(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void commandLineWithRandomArgumentsAndFiles(@TempDir Path dir) throws Exception {
        Random r = new Random(3);
        Path good = dir.resolve("good.json");
        Files.writeString(good, GOOD);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, GOOD.substring(0, GOOD.length() / 2));
        Path bin = dir.resolve("bin.json");
        byte[] junk = new byte[64];
        r.nextBytes(junk);
        Files.write(bin, junk);
        String[] words = {"eval", "steps", "train", "check", "--json", "--set", "x=1", "w=oops", "q=1", "--lr", "0.1", "-1",
            "--iterations", "0", "3", "--momentum", "-o", dir.resolve("out.json").toString(), good.toString(),
            cut.toString(), bin.toString(), "missing.json", "--bogus", "h.bias=1", "x->y=2"};
        for (int i = 0; i < 400; i++) {
            String[] args = new String[1 + r.nextInt(5)];
            for (int k = 0; k < args.length; k++) args[k] = words[r.nextInt(words.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(code == 0 || code == 1 || code == 2, "exit code " + code);
            assertFalse(e.contains("Exception") || e.contains("\tat "), "stack trace for " + String.join(" ", args) + ": " + e);
            assertTrue(e.isEmpty() || e.strip().lines().count() == 1, "more than one line for " + String.join(" ", args) + ": " + e);
            assertTrue(Files.readString(good).equals(GOOD), "the input file was changed");
        }
    }
}
