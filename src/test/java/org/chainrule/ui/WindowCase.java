package org.chainrule.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.chainrule.ShippedGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.chainrule.ui.files.AppFiles;

/**
 * The real editor window on a shipped exam graph, for TestFX tests (headless under Monocle); recent
 * files, recovery and export choices go to a folder of the test run, never to the user's ~/.chainrule.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowCase {
    @TempDir
    static Path home;

    protected MainWindow window;
    /** The window with the stepper installed on it. */
    protected ChainruleApp.Editor editor;

    @BeforeAll
    static void ownHome() {
        System.setProperty("chainrule.home", home.toString());
    }

    /** Opens {@code graph} of graphs/ in a new window on {@code stage} and shows it. */
    protected void open(Stage stage, String graph) {
        AppFiles.standard().clearRecovery(); // the previous test's window was not closed normally
        editor = ChainruleApp.openEditor(stage, List.of(ShippedGraphs.path(graph).toString()));
        window = editor.window();
        stage.show();
    }

    /**
     * Opens {@code graph} in a 900 × 600 window on a stage of its own (the shared primary stage keeps its
     * size for the other window tests); the caller closes it.
     */
    protected Stage openSmall(String graph) {
        Stage own = new Stage();
        open(own, graph);
        own.setWidth(900);
        own.setHeight(600);
        return own;
    }
}
