package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.chainrule.draw.export.ExamSheet;
import org.chainrule.draw.export.PdfLatex;
import org.chainrule.model.Graph;
import org.chainrule.ui.export.SheetExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export Sheet… in the real editor window (headless): which sheets it offers, and what it writes. */
class SheetExportWindowTest extends WindowCase {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage, "in5400-2018-dense.json");
    }

    @Test
    void theFileMenuOffersTheQuestionAndTheSolutionButOnlyTheQuestionDuringAQuiz(FxRobot robot) throws Exception {
        MenuItem item = window.actions().menuItem(StandardAction.EXPORT_SHEET);
        assertEquals("Export Sheet…", item.getText());
        assertEquals(List.of(SheetExport.Kind.QUESTION, SheetExport.Kind.SOLUTION), offeredByTheDialog(robot));

        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide values");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().hiddenNumbers().active());
        assertEquals(List.of(SheetExport.Kind.QUESTION), offeredByTheDialog(robot));
    }

    @Test
    void theSheetIsWrittenAsLatexOrPdf() throws Exception {
        Graph g = window.viewModel().graph().copy();
        Path tex = dir.resolve("dense-solution.tex");
        SheetExport.write(g, true, tex);
        assertEquals(ExamSheet.write(g, true), Files.readString(tex));
        assertEquals(PdfLatex.available(), SheetExport.formats(PdfLatex.available()).size() == 2);
        if (PdfLatex.available()) {
            Path pdf = dir.resolve("dense-question.pdf");
            SheetExport.write(g, false, pdf);
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        }
    }

    /** Opens the dialog through the menu's action, reads its choices, and cancels it. */
    private List<SheetExport.Kind> offeredByTheDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.actions().get(StandardAction.EXPORT_SHEET).run());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#sheet-kind").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ComboBox<SheetExport.Kind> kinds = (ComboBox<SheetExport.Kind>) pane.lookup(".combo-box");
        List<SheetExport.Kind> offered = List.copyOf(kinds.getItems());
        assertFalse(offered.isEmpty());
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
        return offered;
    }
}
