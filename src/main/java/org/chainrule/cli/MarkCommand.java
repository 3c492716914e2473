package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.engine.AnswerCheck;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Marking;
import org.chainrule.io.AnswerFile;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import org.chainrule.ops.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mark FILE ANSWERS.json [--json] [--tolerance REL,ABS]}: a student's values and gradients marked
 * right, wrong or carried (wrong only because an earlier answer of theirs was wrong) by {@link Marking}.
 */
@Command(name = "mark",
        description = "Marks a student's values and gradients ({\"values\": {ID: x}, \"grads\": {KEY: x}}):"
                + " right, wrong, or carried (wrong only because an earlier answer of the student was wrong).")
final class MarkCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The graph file.")
    String file;

    @Parameters(index = "1", paramLabel = "ANSWERS.json", description = "The student's answers.")
    String answers;

    @Mixin
    JsonFlag json;

    @Option(names = "--tolerance", paramLabel = "REL,ABS",
            description = "Right within max(REL·|expected|, ABS); REL may end in %% (default: 0.5%%,0.01).")
    String tolerance;

    @Override
    int run(PrintStream out) {
        AnswerCheck check = tolerance == null ? AnswerCheck.EXAM : tolerance(tolerance);
        Graph g = GraphInput.load(file);
        AnswerFile.Answers a = AnswerFile.read(Path.of(answers));
        Evaluation ev = Engine.evaluate(g);
        if (ev.hasTensors()) throw new InputException(file + ": a graph with vectors or matrices is not marked (answers are single numbers)");
        List<String> unknown = Marking.unknown(ev, a.values(), a.grads());
        if (!unknown.isEmpty()) {
            throw new InputException(answers + ": no such node or key in " + file + ": " + String.join(", ", unknown));
        }
        Marking.Result r = Marking.mark(ev, a.values(), a.grads(), check);
        if (json.on) out.println(JsonOutput.toJson(json(r)));
        else table(r, out);
        return 0;
    }

    /** {@code {"items": [{"id", "kind", "answer", "expected", "verdict"}], "score", "max"}}. */
    static JsonObject json(Marking.Result r) {
        JsonArray items = new JsonArray();
        for (Marking.Item i : r.items()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", i.id());
            o.addProperty("kind", i.kind().id());
            o.addProperty("answer", i.answer());
            o.addProperty("expected", i.expected());
            o.addProperty("verdict", i.verdict().id());
            items.add(o);
        }
        JsonObject o = new JsonObject();
        o.add("items", items);
        o.addProperty("score", r.score());
        o.addProperty("max", r.max());
        return o;
    }

    private static void table(Marking.Result r, PrintStream out) {
        out.println(String.format("%-6s %-14s %12s %12s  %s", "kind", "id", "answer", "expected", "verdict"));
        for (Marking.Item i : r.items()) {
            String from = i.from().isEmpty() ? "" : " (from " + String.join(", ", i.from().stream().map(f -> f.kind().id() + " " + f.id()).toList()) + ")";
            out.println(String.format("%-6s %-14s %12s %12s  %s%s", i.kind().id(), i.id(), Numbers.human(i.answer()),
                    Numbers.human(i.expected()), i.verdict().id(), from));
        }
        Marking.Item first = r.firstError();
        if (first != null) out.println("first error: " + first.kind().id() + " " + first.id());
        out.println("score: " + r.score() + " / " + r.max() + " (carried answers count)");
    }

    /** {@code REL,ABS}, REL as a fraction or a percentage. */
    static AnswerCheck tolerance(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) throw new UsageException("--tolerance expects REL,ABS (e.g. 0.5%,0.01), found '" + text + "'");
        try {
            String rel = parts[0].strip();
            double relative = rel.endsWith("%") ? Double.parseDouble(rel.substring(0, rel.length() - 1)) / 100 : Double.parseDouble(rel);
            double absolute = Double.parseDouble(parts[1].strip());
            if (!(relative >= 0) || !(absolute >= 0) || Double.isInfinite(relative) || Double.isInfinite(absolute)) throw new NumberFormatException();
            return new AnswerCheck(relative, absolute);
        } catch (NumberFormatException e) {
            throw new UsageException("--tolerance expects two numbers that are not negative, REL,ABS (e.g. 0.5%,0.01), found '" + text + "'");
        }
    }
}
