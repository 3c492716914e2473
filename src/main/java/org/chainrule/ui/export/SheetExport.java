package org.chainrule.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import org.chainrule.draw.export.ExamSheet;
import org.chainrule.draw.export.PdfLatex;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.StandardAction;
import org.chainrule.ui.files.AppFiles;

/**
 * File ▸ Export Sheet… ({@link StandardAction#EXPORT_SHEET}): the question or the solution sheet
 * ({@link ExamSheet}) as LaTeX, or as PDF when pdflatex is on the PATH, written on a worker thread. While
 * the quiz hides numbers only the question sheet is offered: the solution would show them.
 */
public final class SheetExport {
    /** Which sheet. */
    public enum Kind {
        QUESTION("Question sheet"), SOLUTION("Solution sheet (every number and step)");

        private final String text;

        Kind(String text) { this.text = text; }

        @Override
        public String toString() { return text; }
    }

    private SheetExport() {}

    /** The sheets offered: the solution only while nothing is hidden. */
    public static List<Kind> offered(boolean numbersHidden) {
        return numbersHidden ? List.of(Kind.QUESTION) : List.of(Kind.QUESTION, Kind.SOLUTION);
    }

    /** The file formats offered: LaTeX, and PDF when pdflatex can make it. */
    public static List<FileChooser.ExtensionFilter> formats(boolean pdf) {
        List<FileChooser.ExtensionFilter> out = new ArrayList<>();
        out.add(new FileChooser.ExtensionFilter("LaTeX (pdflatex)", "*.tex"));
        if (pdf) out.add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return out;
    }

    /** The dialog asking which sheet; its id {@code sheet-kind}. */
    static ChoiceDialog<Kind> dialog(boolean numbersHidden) {
        List<Kind> kinds = offered(numbersHidden);
        ChoiceDialog<Kind> d = new ChoiceDialog<>(kinds.get(0), kinds);
        d.setTitle("Export Sheet");
        d.setHeaderText(numbersHidden ? "An exam sheet (the quiz hides numbers: the question only)" : "An exam sheet");
        d.setContentText("Sheet:");
        d.getDialogPane().setId("sheet-kind");
        return d;
    }

    static void export(MainWindow window) {
        boolean hidden = window.viewModel().hiddenNumbers().active();
        ChoiceDialog<Kind> d = dialog(hidden);
        d.initOwner(window.stage());
        d.showAndWait().ifPresent(kind -> {
            boolean pdf = PdfLatex.available();
            FileChooser fc = new FileChooser();
            fc.setTitle("Export " + kind);
            fc.getExtensionFilters().addAll(formats(pdf));
            String name = window.viewModel().graphName();
            fc.setInitialFileName(stem(name) + (kind == Kind.SOLUTION ? "-solution" : "-question") + ".tex");
            Path folder = new ExportMemory(AppFiles.standard().home()).folder();
            if (folder != null) fc.setInitialDirectory(folder.toFile());
            File f = fc.showSaveDialog(window.stage());
            if (f == null) return;
            Graph copy = window.viewModel().graph().copy();
            Path target = f.toPath();
            window.viewModel().work().start("Writing " + f.getName(), "Cannot write " + f.getName(), p -> {
                write(copy, kind == Kind.SOLUTION, target);
                return f;
            }, done -> window.viewModel().messageProperty().set("Exported " + f.getName()));
        });
    }

    /** Writes the sheet: a .pdf through pdflatex, anything else as the LaTeX text. Long: off the FX thread. */
    public static void write(Graph g, boolean solution, Path target) {
        String latex = ExamSheet.write(g, solution);
        if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) PdfLatex.compile(latex, target);
        else GraphFile.writeText(latex, target);
    }

    private static String stem(String name) {
        String n = name == null || name.isBlank() ? "graph" : name;
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
