package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.chainrule.draw.export.ExamSheet;
import org.chainrule.draw.export.PdfLatex;
import org.chainrule.io.GraphFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sheet FILE -o OUT.tex [--solution] [--pdf]}: the question or the solution sheet ({@link ExamSheet}). */
@Command(name = "sheet",
        description = "An exam sheet as LaTeX (pdflatex): the question, the diagram and a fill-in table of values and"
                + " gradients; --solution fills it in and adds every step of both passes.")
final class SheetCommand extends GraphCommand {
    @Option(names = "-o", paramLabel = "OUT.tex", required = true, description = "The LaTeX file to write.")
    String target;

    @Option(names = "--solution", description = "The solution sheet: every number, the annotated diagram and every step.")
    boolean solution;

    @Option(names = "--pdf", description = "Also runs pdflatex (when it is on the PATH) and writes the PDF beside OUT.tex.")
    boolean pdf;

    @Override
    int run(PrintStream out) {
        String latex = ExamSheet.write(graph.load(), solution);
        Path tex = Path.of(target);
        GraphFile.writeText(latex, tex);
        out.println("saved " + target);
        if (pdf) {
            Path p = PdfLatex.pdfOf(tex);
            PdfLatex.compile(latex, p);
            out.println("saved " + p);
        }
        return 0;
    }
}
