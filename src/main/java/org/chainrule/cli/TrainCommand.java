package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Trainer;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;

/** {@code train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--json]}: gradient descent. */
public final class TrainCommand implements Command {
    public String name() { return "train"; }

    public String usage() {
        return "train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--json]   gradient descent";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--lr", "--iterations", "--momentum", "-o", "--set"), Set.of("--json"));
        String file = a.single("FILE");
        if (a.option("--lr") == null) throw new UsageException("train: --lr is required");
        double lr = a.number("--lr", 0);
        double momentum = a.number("--momentum", 0);
        int iterations = a.integer("--iterations", 1, 1);
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        Map<String, Double> before = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) before.put(q.key(), q.get());
        Trainer trainer = new Trainer(lr, momentum);
        JsonArray losses = new JsonArray();
        for (int k = 1; k <= iterations; k++) {
            Evaluation ev = Engine.evaluate(g);
            losses.add(ev.value());
            if (!a.flag("--json")) out.println("iteration " + k + ": " + ev.outputId() + " = " + Numbers.human(ev.value()));
            trainer.step(g, ev);
        }
        double last = Engine.evaluate(g).value();
        Map<String, Double> after = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) after.put(q.key(), q.get());
        if (a.flag("--json")) {
            JsonObject o = new JsonObject();
            o.add("before", JsonOutput.map(before));
            o.add("after", JsonOutput.map(after));
            o.add("outputs", losses);
            o.addProperty("value", last);
            out.println(JsonOutput.toJson(o));
        } else {
            out.println("after " + iterations + " step" + (iterations == 1 ? "" : "s") + ": " + Numbers.human(last));
            int w = before.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (String key : before.keySet()) {
                out.println("  " + key + " ".repeat(w - key.length()) + "  " + Numbers.human(before.get(key))
                        + " -> " + Numbers.human(after.get(key)));
            }
        }
        if (a.option("-o") != null) {
            GraphFile.write(g, Path.of(a.option("-o")));
            if (!a.flag("--json")) out.println("saved " + a.option("-o"));
        }
        return 0;
    }

    static List<String> keys(Graph g) {
        return Quantity.all(g).stream().map(Quantity::key).toList();
    }
}
