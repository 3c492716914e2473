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
import org.chainrule.draw.export.Exporters;
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

        robot.interact(() -> robot.lookup("#export-format").queryAs(ChoiceBox.class).setValue(Exporters.TIKZ));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#export-picture-only").queryAs(CheckBox.class).isDisabled());
        assertTrue(robot.lookup("#export-scale").queryAs(ChoiceBox.class).isDisabled(), "scale is for PNG");
        robot.interact(() -> robot.lookup("#export-picture-only").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> ((Button) dialog.getDialogPane().lookupButton(ExportDialog.EXPORT)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(result);
        assertEquals(new ExportSettings(Exporters.TIKZ, AnnotateMode.BOTH, 1, false, true, true), result);
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
        ExportSettings s = new ExportSettings(Exporters.PNG, AnnotateMode.BOTH, 2, false, false, false);
        assertEquals("TUM-I2DL-2021-P10b-RNN-cell.png".replace(".png", "-both.png"), s.fileName("TUM I2DL 2021 P10b: RNN cell"));
        assertEquals("graph.svg", new ExportSettings(Exporters.SVG, AnnotateMode.NONE, 1, false, false, false).fileName(" "));
    }

    @Test
    void everyFormatIsOfferedAndDotAndTheTableArePreviewedAsTheirText(FxRobot robot) {
        ChoiceBox<?> format = robot.lookup("#export-format").queryAs(ChoiceBox.class);
        assertEquals(Exporters.all(), format.getItems());
        assertEquals(java.util.List.of("svg", "png", "tex", "dot", "txt"), Exporters.all().stream().map(e -> e.extension()).toList());
        robot.interact(() -> {
            robot.lookup("#export-annotate").queryAs(ChoiceBox.class).setValue(AnnotateMode.BOTH);
            robot.lookup("#export-format").queryAs(ChoiceBox.class).setValue(Exporters.DOT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = robot.lookup("#export-text-preview").queryAs(javafx.scene.control.TextArea.class);
        DiagramExport.Options o = new DiagramExport.Options(AnnotateMode.BOTH, 1, false, false, false);
        assertEquals(new String(Exporters.DOT.bytes(graph, o, "g"), java.nio.charset.StandardCharsets.UTF_8), text.getText());
        assertTrue(text.getText().contains("∂ = "), "the gradients are in the DOT labels");
        robot.interact(() -> robot.lookup("#export-format").queryAs(ChoiceBox.class).setValue(Exporters.TABLE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.chainrule.io.table.TableExport.toText(graph, "g"), text.getText());
        robot.interact(() -> ((Button) dialog.getDialogPane().lookupButton(ExportDialog.EXPORT)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Exporters.TABLE, result.format());
    }

    @Test
    void theLastChoicesAndFolderAreRememberedForTheNextDialog(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        ExportMemory memory = new ExportMemory(home);
        assertEquals(ExportSettings.DEFAULT, memory.settings(), "nothing remembered yet");
        ExportSettings chosen = new ExportSettings(Exporters.PNG, AnnotateMode.GRADS, 4, true, true, false);
        memory.remember(chosen, home);
        ExportMemory later = new ExportMemory(home);
        assertEquals(chosen, later.settings());
        assertEquals(home.toAbsolutePath(), later.folder());
        ExportDialog[] next = new ExportDialog[1];
        robot.interact(() -> {
            dialog.close();
            next[0] = new ExportDialog(dialog.getOwner(), graph, later.settings());
            next[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen, next[0].settings(), "the dialog opens on the remembered choices");
        assertEquals(new DiagramExport.Options(AnnotateMode.GRADS, 4, true, true, false), next[0].settings().options());
        robot.interact(() -> next[0].close());
    }

    @Test
    void aDamagedMemoryGivesTheDefaults(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        java.nio.file.Files.writeString(home.resolve("export.properties"), "format=GIF\nscale=7\nannotate=\\u12");
        assertEquals(ExportSettings.DEFAULT, new ExportMemory(home).settings());
        assertNull(new ExportMemory(home).folder());
    }
}
