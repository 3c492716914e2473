package org.chainrule.draw.export;

import java.util.List;
import java.util.Locale;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.LabelText;
import org.chainrule.draw.Rect;
import org.chainrule.draw.TexText;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Phase;
import org.chainrule.engine.Step;
import org.chainrule.engine.Trace;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;

/**
 * An exam sheet as a LaTeX article (pdflatex, packages geometry, amsmath, graphicx and tikz): the question
 * (the graph's description), the numbers it gives, the diagram as TikZ ({@link TikzExporter}) and a
 * fill-in table with one row per node (value, gradient) and one per bias and weight (gradient). The
 * question sheet leaves the table empty and the diagram blank; the solution sheet fills the table,
 * annotates the diagram and writes every step of the forward and the backward pass, as the stepper
 * explains them.
 */
public final class ExamSheet {
    /** The widest and tallest the picture may be on the page (A4, 2 cm margins), in points. */
    static final double MAX_WIDTH_PT = 480;
    static final double MAX_HEIGHT_PT = 330;

    private ExamSheet() {}

    /** The question sheet (solution false) or the solution sheet of a graph (not changed). */
    public static String write(Graph g, boolean solution) {
        Evaluation ev = Engine.evaluate(g);
        StringBuilder s = new StringBuilder();
        s.append("\\documentclass[11pt]{article}\n")
                .append("\\usepackage[a4paper,margin=2cm]{geometry}\n")
                .append("\\usepackage{amsmath}\n\\usepackage{graphicx}\n\\usepackage{longtable}\n\\usepackage{tikz}\n")
                .append("\\setlength{\\parindent}{0pt}\n\\setlength{\\parskip}{0.5em}\n")
                // long chain-rule lines break only at = + and ·: let TeX stretch a line rather than overflow
                .append("\\setlength{\\emergencystretch}{3em}\n\\tolerance=2000\n")
                .append("\\begin{document}\n");
        String title = g.name() == null ? "Computation graph" : g.name();
        s.append("\\section*{").append(TexText.text(title)).append("}\n");
        s.append("\\textbf{").append(solution ? "Solution" : "Question").append("}\n\n");
        if (g.description() != null) s.append(TexText.text(g.description())).append("\n\n");
        given(g, s);
        // the drawing does not annotate vectors and matrices: a tensor graph's diagram is blank on both sheets
        picture(g, solution && !ev.hasTensors(), s);
        table(g, ev, solution, s);
        if (solution) steps(ev.trace(), s);
        s.append("\\end{document}\n");
        return s.toString();
    }

    /** The numbers of the sources (inputs, params, consts) and the inits: the diagram shows weights and biases. */
    private static void given(Graph g, StringBuilder s) {
        StringBuilder line = new StringBuilder();
        for (Quantity q : Quantity.all(g)) {
            if (q.kind() != Quantity.Kind.VALUE && q.kind() != Quantity.Kind.INIT) continue;
            if (line.length() > 0) line.append(", ");
            String name = q.kind() == Quantity.Kind.VALUE ? q.node().displayName() : KeyNames.of(g, q.key());
            line.append('$').append(TexText.math(name)).append("$ = ");
            if (q.isTensor()) {
                line.append(TexText.text(q.tensor().format()));
            } else {
                boolean list = q.kind() == Quantity.Kind.VALUE && q.node().valueIsList() && q.node().values().size() > 1;
                // one formula per number, so that a long list of steps can break between them
                line.append(list ? "(" + String.join(", ", q.node().values().stream()
                        .map(v -> "$" + LabelText.plain(Numbers.human(v)).tex() + "$").toList()) + ")"
                        : "$" + LabelText.plain(Numbers.human(q.get())).tex() + "$");
            }
        }
        if (line.length() > 0) s.append("\\textbf{Given:} ").append(line).append(".\n\n");
    }

    private static void picture(Graph g, boolean solution, StringBuilder s) {
        DiagramExport.Options o = DiagramExport.Options.DEFAULT.withAnnotate(solution ? AnnotateMode.BOTH : AnnotateMode.NONE);
        Diagram d = DiagramExport.diagram(g, o);
        Rect b = d.bounds();
        double w = b.width() * TikzExporter.PT_PER_PX, h = b.height() * TikzExporter.PT_PER_PX;
        double scale = Math.min(1, Math.min(MAX_WIDTH_PT / w, MAX_HEIGHT_PT / h));
        s.append("\\begin{center}\n");
        if (scale < 1) s.append("\\scalebox{").append(String.format(Locale.ROOT, "%.3f", scale)).append("}{%\n");
        s.append(new TikzExporter(Theme.standard()).picture(d));
        if (scale < 1) s.append("}\n");
        s.append("\\end{center}\n\n");
    }

    /** Rows beyond which the tables go one after the other, breaking across pages. */
    static final int SIDE_BY_SIDE_ROWS = 24;

    /**
     * The fill-in tables: nodes (value, gradient), then biases and weights (gradient). Side by side when
     * both are short and hold numbers; else one after the other as long tables with wider columns (a
     * tensor is written as nested lists).
     */
    private static void table(Graph g, Evaluation ev, boolean solution, StringBuilder s) {
        String out = TexText.math(ev.output() == null ? ev.outputId() : ev.output().displayName());
        String at = ev.timesteps() > 1 ? " at $t = " + ev.timesteps() + "$" : "";
        List<Quantity> keys = Quantity.all(g).stream()
                .filter(q -> q.kind() == Quantity.Kind.BIAS || q.kind() == Quantity.Kind.WEIGHT).toList();
        boolean beside = !ev.hasTensors() && g.nodeCount() <= SIDE_BY_SIDE_ROWS && keys.size() <= SIDE_BY_SIDE_ROWS;
        String env = beside ? "tabular}[t]" : "longtable}[l]";
        String col = beside ? "p{2.4cm}" : "p{5cm}";
        s.append("\\subsection*{Values and gradients}\n");
        s.append("\\renewcommand{\\arraystretch}{1.6}\n");
        s.append("\\begin{").append(env).append("{|l|").append(col).append('|').append(col).append("|}\n\\hline\n");
        s.append("node & value").append(at).append(" & gradient $d").append(out).append("/d\\,\\cdot$")
                .append(ev.timesteps() > 1 ? " (sum over $t$)" : "").append(" \\\\\n\\hline\n");
        for (Node n : g.nodes()) {
            s.append(name(n.displayName(), n.id())).append(" & ");
            if (solution) s.append(value(ev, n)).append(" & ").append(grad(ev, n.id()));
            else s.append(" & ");
            s.append(" \\\\\n\\hline\n");
        }
        s.append("\\end{").append(env, 0, env.indexOf('}')).append("}\n");
        if (keys.isEmpty()) {
            s.append("\n");
            return;
        }
        // beside the nodes' table when both fit the width, else below it
        s.append(beside ? "\\hfill\n" : "\n");
        s.append("\\begin{").append(env).append("{|l|").append(col).append("|}\n\\hline\n");
        s.append("weight or bias & gradient $d").append(out).append("/d\\,\\cdot$ \\\\\n\\hline\n");
        for (Quantity q : keys) {
            s.append(name(KeyNames.of(g, q.key()), q.key())).append(" & ");
            if (solution) s.append(grad(ev, q.key()));
            s.append(" \\\\\n\\hline\n");
        }
        s.append("\\end{").append(env, 0, env.indexOf('}')).append("}\n\n");
    }

    /** A row's name: the label as the diagram sets it, and the id (or key) an answers file uses. */
    private static String name(String label, String id) {
        return "$" + TexText.math(label) + "$ \\quad {\\footnotesize\\texttt{" + TexText.text(id) + "}}";
    }

    /** A node's value at t = T: a number in math, a tensor as nested lists in text (its spaces may break). */
    private static String value(Evaluation ev, Node n) {
        return ev.hasTensors() ? TexText.text(ev.tensorValues().get(n.id()).format()) : number(ev.value(n));
    }

    private static String grad(Evaluation ev, String key) {
        return ev.hasTensors() ? TexText.text(ev.tensorGrads().get(key).format()) : number(ev.grad(key));
    }

    private static String number(double v) {
        return "$" + LabelText.plain(Numbers.human(v)).tex() + "$";
    }

    /**
     * One step as a list item in math, with a permitted line break after each "=", "+" and "·" outside
     * braces, so that a long step wraps instead of running off the page.
     */
    public static String item(String text) {
        String m = TexText.math(text);
        StringBuilder out = new StringBuilder("\\item $");
        int depth = 0;
        for (int i = 0; i < m.length(); i++) {
            char ch = m.charAt(i);
            out.append(ch);
            if (ch == '\\' && i + 1 < m.length()) {
                // a command: copy it whole; \cdot at the top may break after it
                int j = i + 1;
                while (j < m.length() && Character.isLetter(m.charAt(j))) j++;
                if (j == i + 1) j++;
                String cmd = m.substring(i + 1, j);
                out.append(cmd);
                i = j - 1;
                if (depth == 0 && cmd.equals("cdot")) out.append("\\allowbreak ");
                continue;
            }
            if (ch == '{') depth++;
            else if (ch == '}') depth--;
            else if (depth == 0 && (ch == '=' || ch == '+')) out.append("\\allowbreak ");
        }
        return out.append('$').toString();
    }

    private static void steps(Trace trace, StringBuilder s) {
        s.append("\\subsection*{Forward pass}\n\\begin{enumerate}\n");
        boolean backward = false;
        for (Step step : trace.steps()) {
            if (step.phase() == Phase.BACKWARD && !backward) {
                backward = true;
                s.append("\\end{enumerate}\n\\subsection*{Backward pass}\n\\begin{enumerate}\n");
            }
            s.append(item(step.text())).append("\n");
            if (!step.details().isEmpty()) {
                s.append("\\begin{itemize}\n");
                for (String d : step.details()) s.append(item(d)).append("\n");
                s.append("\\end{itemize}\n");
            }
        }
        s.append("\\end{enumerate}\n");
        if (!trace.totals().isEmpty()) {
            s.append("\\subsection*{Totals over the time steps}\n\\begin{itemize}\n");
            for (String t : trace.totals()) s.append(item(t)).append("\n");
            s.append("\\end{itemize}\n");
        }
    }
}
