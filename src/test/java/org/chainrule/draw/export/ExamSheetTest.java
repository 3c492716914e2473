package org.chainrule.draw.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.TexText;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Step;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exam sheets of every shipped graph: the question sheet holds none of the answers, the solution
 * sheet every number and every step, and both compile with pdflatex without a line running off the page.
 */
class ExamSheetTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    @TempDir
    Path dir;

    @Test
    void questionSheetsHoldNoComputedValueOrGradient() throws Exception {
        for (Path file : ShippedGraphs.files()) {
            Graph g = GraphFile.read(file);
            Evaluation ev = Engine.evaluate(g);
            TreeSet<Double> answers = answers(g, ev);
            String question = ExamSheet.write(g, false);
            List<Double> leaked = found(visible(question, g), answers);
            assertEquals(List.of(), leaked, ShippedGraphs.name(file) + ": the question sheet gives away answers");
            // the same reading finds the answers on the solution sheet, so it would find a leak (P9c's step
            // units compute only the 0s and 1s it gives)
            if (!answers.isEmpty()) {
                assertFalse(found(visible(ExamSheet.write(g, true), g), answers).isEmpty(),
                        ShippedGraphs.name(file) + ": the check finds the answers where they are");
            }
        }
    }

    @Test
    void theSolutionSheetHasEveryNumberAndEveryStepInOrder() {
        Graph g = ShippedGraphs.read("in5400-2018-dense.json");
        Evaluation ev = Engine.evaluate(g);
        String solution = ExamSheet.write(g, true);
        int at = -1;
        for (Step s : ev.trace().steps()) {
            int i = solution.indexOf(ExamSheet.item(s.text()), at + 1);
            assertTrue(i > at, "step in order: " + s.text());
            at = i;
            for (String d : s.details()) assertTrue(solution.contains(ExamSheet.item(d)), d);
        }
        for (Node n : g.nodes()) {
            String row = solution.lines().filter(l -> l.contains("\\texttt{" + n.id() + "}")).findFirst().orElseThrow();
            assertTrue(row.contains(tex(ev.value(n))) && row.contains(tex(ev.grad(n))), row);
        }
        // ∂J/∂w[1]_13 = 16 in the table of weights and biases, as the exam asks in (b)
        String w13 = solution.lines().filter(l -> l.contains("\\texttt{" + TexText.text("x1->h3") + "}")).findFirst().orElseThrow();
        assertTrue(w13.endsWith(tex(ev.grad("x1->h3")) + " \\\\"), w13);
        // the question gives the inputs' values; the diagram the weights and biases
        String question = ExamSheet.write(g, false);
        assertTrue(question.contains("$x_{1}$ = $1$, $x_{2}$ = $3$, $y$ = $32$"), question);
        assertTrue(question.contains(TexText.text(g.description())));
        String row = question.lines().filter(l -> l.contains("\\texttt{h1}")).findFirst().orElseThrow();
        assertTrue(row.endsWith("}} &  &  \\\\"), "an empty row to fill in: " + row);
    }

    @Test
    void pdflatexCompilesBothSheetsOfEveryShippedGraphWithinThePage() throws Exception {
        Assumptions.assumeTrue(PdfLatex.available(), "pdflatex is not installed");
        for (Path file : ShippedGraphs.files()) {
            Graph g = GraphFile.read(file);
            for (boolean solution : new boolean[] {false, true}) {
                String name = ShippedGraphs.name(file) + (solution ? "-solution" : "-question");
                Path tex = dir.resolve(name + ".tex");
                Files.writeString(tex, ExamSheet.write(g, solution));
                pdflatex(tex, name);
                String log = Files.readString(dir.resolve(name + ".log"), StandardCharsets.ISO_8859_1);
                assertFalse(log.contains("Missing character"), name + ": a character the fonts lack");
                assertFalse(log.contains("Overfull \\hbox"), name + ": a line runs off the page\n" + overfull(log));
                assertFalse(log.contains("Overfull \\vbox"), name + ": a page overflows");
            }
        }
        // and through the class the command line and the editor use
        Path pdf = dir.resolve("p6b.pdf");
        PdfLatex.compile(ExamSheet.write(ShippedGraphs.read("tum-p6b-skip.json"), true), pdf);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    /** Every computed value and gradient of the graph, less the numbers the question gives. */
    private static TreeSet<Double> answers(Graph g, Evaluation ev) {
        TreeSet<Double> out = new TreeSet<>();
        if (ev.hasTensors()) {
            // every element of every computed value and of every gradient
            ev.tensorValues().forEach((id, t) -> {
                if (!g.node(id).op().isSource()) for (double v : t.data()) out.add(v);
            });
            ev.tensorGrads().values().forEach(t -> {
                for (double v : t.data()) out.add(v);
            });
        } else {
            for (Node n : g.nodes()) {
                if (!n.op().isSource()) ev.valueSeries().get(n.id()).forEach(out::add);
                ev.gradSeries().get(n.id()).forEach(out::add);
            }
            out.addAll(ev.grads().values());
        }
        TreeSet<Double> given = new TreeSet<>();
        for (Quantity q : Quantity.all(g)) {
            given.add(q.get());
            if (q.isTensor()) for (double v : q.tensor().data()) given.add(v);
            if (q.node().values() != null) given.addAll(q.node().values());
        }
        given.add((double) g.timesteps());
        // a tensor's shape (4×3 inside a node, [3] on an edge) is structure, not an answer
        if (ev.hasTensors()) for (int i = 0; i < ev.compiled().n; i++) for (int d : ev.shapeAt(i)) given.add((double) d);
        // the seed dout/dout = 1 is no answer anyone computes
        given.add(1.0);
        // compared as the sheet writes them (−0 is written 0)
        TreeSet<Double> shown = shown(out);
        shown.removeAll(shown(given));
        return shown;
    }

    private static TreeSet<Double> shown(TreeSet<Double> numbers) {
        TreeSet<Double> out = new TreeSet<>();
        for (double v : numbers) out.add(Double.parseDouble(Numbers.human(v).replace('−', '-')) + 0.0);
        return out;
    }

    /**
     * What a reader of the PDF sees, with the numbers that are no answers taken out: the body without the
     * question's own text (which the lecturer wrote), the picture's texts without its coordinates and
     * colours, labels without their sub- and superscripts (x_2, w^{[1]}), and no lengths.
     */
    private static String visible(String tex, Graph g) {
        String body = tex.substring(tex.indexOf("\\begin{document}"));
        if (g.description() != null) body = body.replace(TexText.text(g.description()), "");
        if (g.name() != null) body = body.replace(TexText.text(g.name()), "");
        StringBuilder kept = new StringBuilder();
        boolean picture = false;
        for (String line : body.lines().toList()) {
            if (line.startsWith("\\begin{tikzpicture}")) picture = true;
            if (picture) {
                Matcher m = Pattern.compile("\\{\\$(.*)\\$\\};$").matcher(line);
                if (m.find()) kept.append(m.group(1)).append('\n');
            } else {
                kept.append(line).append('\n');
            }
            if (line.startsWith("\\end{tikzpicture}")) picture = false;
        }
        String s = kept.toString();
        for (int i = 0; i < 3; i++) s = s.replaceAll("[_^]\\{[^{}]*\\}", "");
        return s.replaceAll("\\\\scalebox\\{[^}]*\\}", "").replaceAll("p\\{[^}]*\\}", "")
                .replaceAll("\\\\renewcommand\\{\\\\arraystretch\\}\\{[^}]*\\}", "").replaceAll("\\$t = \\d+\\$", "");
    }

    private static List<Double> found(String text, TreeSet<Double> answers) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double v = Double.parseDouble(m.group()) + 0.0;
            if (answers.contains(v) && !out.contains(v)) out.add(v);
        }
        return out;
    }

    private static String tex(double v) {
        return "$" + org.chainrule.draw.LabelText.plain(Numbers.human(v)).tex() + "$";
    }

    private static String overfull(String log) {
        int i = log.indexOf("Overfull");
        return i < 0 ? "" : log.substring(i, Math.min(log.length(), i + 400));
    }

    private void pdflatex(Path tex, String what) throws Exception {
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(what + ": pdflatex did not finish");
        }
        if (p.exitValue() != 0) fail(what + ": pdflatex exited " + p.exitValue() + "\n" + out.substring(Math.max(0, out.length() - 2000)));
        assertTrue(Files.size(dir.resolve(what + ".pdf")) > 0, what);
    }
}
