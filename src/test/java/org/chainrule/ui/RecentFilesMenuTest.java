package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.chainrule.ui.files.AppFiles;

/** A corrupt recent-files list costs its bad entries, never the File menu. */
@ExtendWith(ApplicationExtension.class)
class RecentFilesMenuTest {
    @TempDir
    static Path home;

    static Path lecture;

    private Stage stage;

    @BeforeAll
    static void corruptList() throws Exception {
        System.setProperty("chainrule.home", home.toString());
        lecture = Files.writeString(home.resolve("lecture.json"), "{}").toAbsolutePath();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] junk = new byte[3000];
        new Random(5).nextBytes(junk);
        b.write(junk);
        b.write(("\n" + home.resolve("gone.json").toAbsolutePath() + "\nrelative.json\n/with\0nul\n" + lecture + "\n")
                .getBytes(StandardCharsets.UTF_8));
        b.write("a".repeat(300_000).getBytes(StandardCharsets.UTF_8));
        Files.write(home.resolve("recent.txt"), b.toByteArray());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppFiles.standard().clearRecovery();
        ChainruleApp.open(stage, List.of());
        stage.show();
    }

    @Test
    void theFileMenuListsTheFilesThatExistAndNothingElse() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst().orElseThrow();
        Menu recent = (Menu) file.getItems().stream().filter(i -> "Open Recent".equals(i.getText())).findFirst().orElseThrow();
        assertEquals(List.of(lecture.toString()), recent.getItems().stream().map(MenuItem::getText).toList());
    }
}
