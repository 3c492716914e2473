package org.chainrule.ui.export;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.PngExporter;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export…'s dialog on the recurrent exam graph (headless under Monocle). */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private ExportDialog dialog;
    private ExportSettings result;
    private Graph graph;

    @Start
    void start(Stage stage) {
        graph = ShippedGraphs.read("tum-p10b-rnn-neuron.json");
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new ExportDialog(stage, graph);
        dialog.setOnHidden(e -> result = dialog.getResult());
        dialog.show();
    }

    @Test
    void previewIsTheDiagramThatWillBeWrittenAndFollowsTheChoices(FxRobot robot) {
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        int[] blank = PngExporter.size(DiagramExport.diagram(graph, DiagramExport.Options.DEFAULT), 1);
        assertEquals(blank[0], (int) preview.getImage().getWidth());
        assertEquals(blank[1], (int) preview.getImage().getHeight());
        assertTrue(robot.lookup("#export-picture-only").queryAs(CheckBox.class).isDisabled(), "picture only is for TikZ");

        robot.interact(() -> {
            robot.lookup("#export-annotate").queryAs(ChoiceBox.class).setValue(AnnotateMode.BOTH);
            robot.lookup("#export-unrolled").queryAs(CheckBox.class).setSelected(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        DiagramExport.Options o = new DiagramExport.Options(AnnotateMode.BOTH, 1, false, true, false);
        int[] solution = PngExporter.size(DiagramExport.diagram(graph, o), 1);
        assertEquals(solution[0], (int) preview.getImage().getWidth(), "the unrolled solution is previewed");
        assertTrue(solution[0] > blank[0]);
        assertEquals("", robot.lookup("#export-problem").queryAs(Label.class).getText());

        robot.interact(() -> robot.lookup("#export-format").queryAs(ChoiceBox.class).setValue(DiagramExport.Format.TEX));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#export-picture-only").queryAs(CheckBox.class).isDisabled());
        assertTrue(robot.lookup("#export-scale").queryAs(ChoiceBox.class).isDisabled(), "scale is for PNG");
        robot.interact(() -> robot.lookup("#export-picture-only").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> ((Button) dialog.getDialogPane().lookupButton(ExportDialog.EXPORT)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(result);
        assertEquals(new ExportSettings(DiagramExport.Format.TEX, AnnotateMode.BOTH, 1, false, true, true), result);
        assertEquals(new DiagramExport.Options(AnnotateMode.BOTH, 1, false, true, true), result.options());
    }

    @Test
    void anInvalidGraphCanStillBeExportedBlankButNotAnnotated(FxRobot robot) {
        robot.interact(() -> {
            graph.node("h").setLabel("h_t");
            graph.remove(graph.node("x"));   // h now reads nothing but its own past: still valid
            graph.add("lonely", org.chainrule.ops.Op.ADD);   // an add with no argument: invalid
            robot.lookup("#export-annotate").queryAs(ChoiceBox.class).setValue(AnnotateMode.VALUES);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = (Button) dialog.getDialogPane().lookupButton(ExportDialog.EXPORT);
        assertTrue(ok.isDisabled());
        assertFalse(robot.lookup("#export-problem").queryAs(Label.class).getText().isEmpty());
        assertNull(robot.lookup("#export-preview").queryAs(ImageView.class).getImage());
        robot.interact(() -> robot.lookup("#export-annotate").queryAs(ChoiceBox.class).setValue(AnnotateMode.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
    }

    @Test
    void fileNameComesFromTheGraphName() {
        ExportSettings s = new ExportSettings(DiagramExport.Format.PNG, AnnotateMode.BOTH, 2, false, false, false);
        assertEquals("TUM-I2DL-2021-P10b-RNN-cell.png".replace(".png", "-both.png"), s.fileName("TUM I2DL 2021 P10b: RNN cell"));
        assertEquals("graph.svg", new ExportSettings(DiagramExport.Format.SVG, AnnotateMode.NONE, 1, false, false, false).fileName(" "));
    }
}
