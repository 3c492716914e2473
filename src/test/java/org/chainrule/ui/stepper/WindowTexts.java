package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * Every text a person could read in the open windows, for tests that a number appears nowhere: the
 * scene graph of every showing window (labels, texts, text fields, tooltips, combo and choice items,
 * menus and their items, window titles), and what each {@link GraphCanvas} paints, recorded from its
 * painter, with the tooltips of its labels. Each text is given with where it was found. Call on the
 * JavaFX thread.
 */
final class WindowTexts {
    private final List<String[]> found = new ArrayList<>();
    private final List<GraphCanvas> canvases = new ArrayList<>();

    /** The texts of every showing window now; the canvases' painted texts come from {@link #painted}. */
    static WindowTexts scan() {
        WindowTexts w = new WindowTexts();
        for (Window win : List.copyOf(Window.getWindows())) {
            if (!win.isShowing() || win.getScene() == null) continue;
            if (win instanceof Stage s) w.add("title", s.getTitle());
            w.walk(win.getScene().getRoot());
        }
        return w;
    }

    /** The canvases found by the last scan. */
    List<GraphCanvas> canvases() { return canvases; }

    /** Adds the texts a canvas painted, and the tooltips of its diagram's labels. */
    void painted(GraphCanvas c, List<String> texts) {
        for (String t : texts) add("painted on " + c.getId(), t);
        for (DiagramNode n : c.diagram().nodes()) for (PlacedText t : n.texts()) placed(c, t);
        for (DiagramEdge e : c.diagram().edges()) for (PlacedText t : e.texts()) placed(c, t);
    }

    private void placed(GraphCanvas c, PlacedText t) {
        add("tooltip on " + c.getId(), t.tooltip());
    }

    /** Each text with where it was found: {where, text}. */
    List<String[]> all() { return found; }

    private void add(String where, String text) {
        if (text != null && !text.isEmpty()) found.add(new String[] {where, text});
    }

    private void walk(Node n) {
        if (n == null) return;
        String where = n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId());
        if (n instanceof GraphCanvas c) canvases.add(c);
        if (n instanceof Labeled l) add(where, l.getText());
        if (n instanceof Text t) add(where, t.getText());
        if (n instanceof TextInputControl t) add(where, t.getText());
        if (n instanceof Control c) tooltip(where, c.getTooltip());
        if (n instanceof ComboBox<?> cb) items(where, cb.getItems(), o -> add(where, name(cb, o)));
        if (n instanceof ChoiceBox<?> cb) items(where, cb.getItems(), o -> add(where, cb.getConverter() == null ? String.valueOf(o) : name(cb, o)));
        if (n instanceof MenuBar mb) for (Menu m : mb.getMenus()) menu(m);
        if (n instanceof MenuButton mb) for (MenuItem m : mb.getItems()) menu(m);
        if (n instanceof ScrollPane sp) walk(sp.getContent());
        if (n instanceof TitledPane tp) walk(tp.getContent());
        if (n instanceof SplitPane sp) for (Node c : sp.getItems()) walk(c);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c);
    }

    @SuppressWarnings("unchecked")
    private static <T> String name(ComboBox<T> cb, Object o) {
        return cb.getConverter() == null ? String.valueOf(o) : cb.getConverter().toString((T) o);
    }

    @SuppressWarnings("unchecked")
    private static <T> String name(ChoiceBox<T> cb, Object o) {
        return cb.getConverter().toString((T) o);
    }

    private static void items(String where, List<?> items, Consumer<Object> each) {
        for (Object o : List.copyOf(items)) each.accept(o);
    }

    private void tooltip(String where, Tooltip t) {
        if (t != null) add("tooltip of " + where, t.getText());
    }

    private void menu(MenuItem m) {
        add("menu item", m.getText());
        if (m instanceof Menu sub) for (MenuItem i : sub.getItems()) menu(i);
    }
}
