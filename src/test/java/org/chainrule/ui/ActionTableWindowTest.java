package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.chainrule.ShippedGraphs;
import org.chainrule.ui.stepper.StepperView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one table of actions in the real window (headless): every shortcut is in a menu and on the key
 * sheet, none is taken twice, and the stepper's plain keys work whenever no text field is edited.
 */
class ActionTableWindowTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "tum-p6b-skip.json");
    }

    private static void items(List<MenuItem> in, List<MenuItem> out) {
        for (MenuItem i : in) {
            out.add(i);
            if (i instanceof Menu m) items(m.getItems(), out);
        }
    }

    private List<MenuItem> menuItems() {
        MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
        List<MenuItem> all = new ArrayList<>();
        for (Menu m : bar.getMenus()) items(m.getItems(), all);
        return all;
    }

    @Test
    void everyShortcutIsInAMenuAndOnTheKeySheetAndNoneIsTakenTwice(FxRobot robot) {
        Map<KeyCombination, StandardAction> taken = new HashMap<>();
        for (StandardAction a : StandardAction.values()) {
            if (a.shortcut() == null) continue;
            StandardAction before = taken.put(a.shortcut(), a);
            assertTrue(before == null, a + " and " + before + " share " + a.shortcut().getDisplayText());
        }
        List<MenuItem> items = menuItems();
        Map<KeyCombination, MenuItem> accelerators = new HashMap<>();
        for (MenuItem i : items) {
            if (i.getAccelerator() == null) continue;
            MenuItem before = accelerators.put(i.getAccelerator(), i);
            assertTrue(before == null, i.getText() + " and " + before + " share " + i.getAccelerator().getDisplayText());
        }
        List<String[]> sheet = KeysSheet.rows();
        for (StandardAction a : taken.values()) {
            MenuItem item = accelerators.get(a.shortcut());
            assertNotNull(item, a + " is in no menu");
            assertSame(window.actions().menuItem(a), item);
            assertTrue(item.isVisible(), a + " is bound by the part of the program that owns it");
            assertTrue(sheet.stream().anyMatch(r -> r[1].equals(a.text()) && r[2].equals(a.shortcut().getDisplayText())),
                    a + " is on the key sheet");
        }
        // the sheet window shows the same rows, the stepper's keys among them
        robot.interact(() -> window.actions().get(StandardAction.KEYS).run());
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#keys-sheet").queryAs(GridPane.class);
        List<String> texts = grid.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
        for (StandardAction a : List.of(StandardAction.STEP_FORWARD, StandardAction.STEP_BACK, StandardAction.STEP_PLAY)) {
            assertTrue(texts.contains(a.shortcut().getDisplayText()) && texts.contains(a.text()), a + " on the sheet: " + texts);
        }
        robot.push(KeyCode.ESCAPE);
    }

    private String counter(FxRobot robot) {
        return robot.lookup("#stepper-counter").queryAs(Label.class).getText();
    }

    @Test
    void afterOpeningAFileTheStepperKeysStepAndAFieldKeepsItsKeys(FxRobot robot) throws Exception {
        StepperView stepper = editor.stepper();
        robot.interact(() -> stepper.setAnimate(false));
        // type into the learning rate, then open another file: the keys go to the canvas again
        robot.clickOn("#stepper-lr");
        assertTrue(window.scene().getFocusOwner() instanceof TextField);
        robot.interact(() -> window.files().open(ShippedGraphs.path("in5400-2018-dense.json"), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(window.canvas(), window.scene().getFocusOwner(), "the canvas has the keys after a file opened");
        String start = counter(robot);
        assertTrue(start.startsWith("step 0 of "), start);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(counter(robot).startsWith("step 1 of "), counter(robot));
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        String total = start.substring("step 0 of ".length(), start.indexOf(' ', "step 0 of ".length()));
        assertTrue(counter(robot).startsWith("step " + total + " of " + total), counter(robot));
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(counter(robot).startsWith("step 0 of "), counter(robot));

        // in a text field Space is a space and → moves the caret: no step, no play
        TextField lr = robot.lookup("#stepper-lr").queryAs(TextField.class);
        robot.clickOn(lr);
        robot.push(KeyCode.END);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.LEFT);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.1 ", lr.getText());
        assertTrue(counter(robot).startsWith("step 0 of "), "no step while typing: " + counter(robot));
        assertFalse(window.actions().get(StandardAction.STEP_PLAY).isDisabled());
        // Delete in a field deletes a character, not the selection
        robot.interact(() -> window.viewModel().selectAll());
        int nodes = window.viewModel().graph().nodeCount();
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(".1 ", lr.getText());
        assertEquals(nodes, window.viewModel().graph().nodeCount());
    }
}
