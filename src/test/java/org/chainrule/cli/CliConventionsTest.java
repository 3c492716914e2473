package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.ShippedGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What command-line users expect of any tool: --help, --version, refusing typos, one set of exit codes. */
class CliConventionsTest extends CliCase {
    /** The options the README documents for each command. */
    private static final Map<String, List<String>> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("eval", List.of("FILE", "--set", "--json", "--summary", "--forward", "--wrt", "--of"));
        DOCUMENTED.put("steps", List.of("FILE", "--set", "--json", "--unrolled", "--forward", "--wrt", "--of"));
        DOCUMENTED.put("train", List.of("FILE", "--lr", "--iterations", "--momentum", "-o", "--json", "--set", "--history", "--plot"));
        DOCUMENTED.put("expr", List.of("EXPR", "--set", "--params", "--define", "--functions", "-o", "--json"));
        DOCUMENTED.put("symbolic", List.of("FILE", "--of", "--wrt", "--latex", "--json"));
        DOCUMENTED.put("plot", List.of("FILE", "--through-time", "--overlay", "-o"));
        DOCUMENTED.put("import", List.of("TABLE", "--activation", "-o"));
        DOCUMENTED.put("export", List.of("FILE", "-o", "--annotate", "--scale", "--transparent", "--unrolled", "--picture-only",
                "--step", "--frames", "--format", "--scalar"));
        DOCUMENTED.put("check", List.of("FILE"));
        DOCUMENTED.put("sheet", List.of("FILE", "-o", "--solution", "--pdf", "--set"));
        DOCUMENTED.put("variants", List.of("FILE", "--count", "--seed", "-o", "--set"));
        DOCUMENTED.put("mark", List.of("FILE", "ANSWERS.json", "--json", "--tolerance"));
        DOCUMENTED.put("generate", List.of("--nodes", "--seed", "-o"));
        DOCUMENTED.put("bench", List.of("FILE", "--nodes", "--runs"));
    }

    @TempDir
    Path dir;

    private static String p6b() {
        return ShippedGraphs.path("tum-p6b-skip.json").toString();
    }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndOptions() {
        for (CliCommand c : Cli.commands()) {
            String name = new CommandLine(c).getCommandName();
            assertTrue(DOCUMENTED.containsKey(name), "the README documents " + name);
            for (String help : List.of("--help", "-h")) {
                assertEquals(0, run(name, help), name + " " + help + ": " + stderr());
                assertTrue(stdout().startsWith("Usage: chainrule " + name), stdout());
                for (String option : DOCUMENTED.get(name)) assertTrue(stdout().contains(option), name + " --help names " + option + ":\n" + stdout());
                assertEquals("", stderr());
            }
        }
        assertEquals(DOCUMENTED.keySet(), new java.util.LinkedHashSet<>(Cli.commands().stream()
                .map(c -> new CommandLine(c).getCommandName()).toList()));
        assertEquals(0, run("help", "export"));
        assertTrue(stdout().contains("--annotate"), stdout());
    }

    @Test
    void theProgramAndEachCommandListTheirWay() {
        assertEquals(0, run("--help"));
        for (String name : DOCUMENTED.keySet()) assertTrue(stdout().contains("  " + name + " "), name + " in:\n" + stdout());
        assertEquals(0, run());
        assertTrue(stdout().contains("Commands:"), stdout());
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>chainrule</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"eval", "--version"})) {
            assertEquals(0, run(args));
            assertEquals("chainrule " + m.group(1) + "\n", stdout());
        }
    }

    @Test
    void aTypoOfACommandIsRefusedWithASuggestionAndNeverOpensTheEditor() throws Exception {
        Proc p = process(dir, "true", "evl", "x");
        assertEquals(2, p.code(), p.err());
        assertEquals("chainrule: unknown command 'evl' (did you mean eval?)\n", p.err());
        assertEquals("", p.out());
        Proc other = process(dir, "true", "stesp", p6b());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("did you mean steps?"), other.err());
        Proc missing = process(dir, "true", "nope.json");
        assertEquals(2, missing.code());
        assertEquals("chainrule: nope.json: no such file\n", missing.err());
        assertEquals(2, run("frobnicate"));
        assertEquals("chainrule: unknown command 'frobnicate'\n", stderr());
    }

    @Test
    void usageMistakesAreOneLineAndExitTwo() {
        String[][] bad = {
            {"eval"}, {"eval", p6b(), "--bogus"}, {"eval", p6b(), "extra"}, {"train", p6b()}, {"train", p6b(), "--lr", "abc"},
            {"train", p6b(), "--lr", "NaN"}, {"train", p6b(), "--lr", "1", "--iterations", "0"}, {"export", p6b()},
            {"symbolic", p6b()}, {"generate", "--nodes", "5", "-o", "x.json"}, {"expr"}, {"expr", "x", "--bogus"}, {"--bogus"},
        };
        for (String[] args : bad) {
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals(1, stderr().lines().count(), String.join(" ", args) + ": " + stderr());
            assertTrue(stderr().startsWith("chainrule"), stderr());
            assertFalse(stderr().contains("Exception") || stderr().contains("picocli"), stderr());
        }
        run("train", p6b());
        assertEquals("chainrule train: --lr X is required\n", stderr());
        run("eval", p6b(), "--bogus");
        assertEquals("chainrule eval: unknown option '--bogus'\n", stderr());
        run("eval");
        assertEquals("chainrule eval: missing FILE\n", stderr());
    }

    @Test
    void exitCodesAreTheSameEverywhere() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"chainrule\", \"version\": 1,\n \"nodes\": [}\n");
        Path unfit = Files.writeString(dir.resolve("unfit.json"),
                Files.readString(Path.of(p6b())).replace("\"op\": \"max\"", "\"op\": \"neg\""));
        assertEquals(0, run("check", p6b()));
        assertEquals(1, run("check", unfit.toString()), "problems found");
        assertTrue(stdout().contains("neg takes 1 input"), stdout());
        for (String cmd : List.of("check", "eval", "steps", "export")) {
            List<String> args = new java.util.ArrayList<>(List.of(cmd, broken.toString()));
            if (cmd.equals("export")) args.addAll(List.of("-o", dir.resolve("x.svg").toString()));
            assertEquals(2, run(args.toArray(new String[0])), cmd + " of broken JSON");
            assertEquals("chainrule " + cmd + ": " + broken + ": line 2 column 12: expected a value\n", stderr());
        }
        assertEquals(2, run("eval", p6b(), "--set", "nope=1"), "a bad key");
        assertEquals(2, run("eval", dir.resolve("missing.json").toString()), "a missing file");
        assertEquals(0, run("eval", p6b()));
    }

    @Test
    void brokenJsonIsExplainedInTheWritersTermsOnEveryReadingPath() throws Exception {
        String head = "{\"format\": \"chainrule\", \"version\": 1,\n \"nodes\": [\n";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(head + "  {\"id\": \"x\" \"op\": \"input\", \"value\": 1}]}\n", "line 3 column 14: expected ',' or '}', found '\"'");
        cases.put(head + "  {\"id\": \"x\", \"op\": input}]}\n", "line 3 column 21: unquoted text 'input' (names and strings take double quotes)");
        cases.put(head + "  {'id': \"x\"}]}\n", "line 3 column 4: names and strings take double quotes, not '");
        cases.put(head + "  {\"id\": \"x\", \"op\": \"input\",}]}\n", "line 3 column 29: expected a name in double quotes (remove the comma before '}')");
        cases.put(head + "  // the input\n  {\"id\": \"x\"}]}\n", "line 3 column 3: JSON allows no comments");
        cases.put(head + "  {\"id\": \"x\", \"op\": \"input\", \"value\": NaN}]}\n", "line 3 column 39: NaN is not a JSON number");
        cases.put(head + "  {\"id\": \"x\", \"op\": \"input\"}", "line 3 column 29: the file ends before the JSON is complete");
        cases.put(head + "  {\"id\": \"x\", \"op\": \"input\", \"value\": 1}]} extra", "line 3 column 44: unexpected text after the end of the JSON object");
        int k = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path f = Files.writeString(dir.resolve("g" + k++ + ".json"), c.getKey());
            // the tree reader (eval, check) and the streaming reader (eval --summary, big files)
            for (String[] args : List.of(new String[] {"eval", f.toString()}, new String[] {"check", f.toString()},
                    new String[] {"eval", f.toString(), "--summary"})) {
                assertEquals(2, run(args), String.join(" ", args));
                String e = stderr();
                assertFalse(e.contains("setStrictness") || e.contains("JsonReader") || e.contains("LENIENT"), e);
                if (args.length == 2 || !c.getValue().contains("after the end")) {
                    assertEquals("chainrule " + args[0] + ": " + f + ": " + c.getValue() + "\n", e, String.join(" ", args));
                }
            }
        }
    }

    @Test
    void aBigFileOnTheStreamedPathNamesTheLineToo() throws Exception {
        Path big = dir.resolve("big.json");
        StringBuilder b = new StringBuilder("{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [\n");
        String node = "  {\"id\": \"n%d\", \"op\": \"input\", \"value\": 1},\n";
        int n = 0;
        while (b.length() < StreamedEval.BIG_FILE_BYTES + 1000) b.append(String.format(node, n++));
        b.append("  {\"id\": \"last\" \"op\": \"input\"}]}\n");
        Files.writeString(big, b);
        assertEquals(2, run("eval", big.toString()));
        assertEquals("chainrule eval: " + big + ": line " + (n + 2) + " column 17: expected ',' or '}', found '\"'\n", stderr());
    }
}
