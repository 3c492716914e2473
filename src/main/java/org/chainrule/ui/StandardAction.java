package org.chainrule.ui;

import javafx.scene.input.KeyCombination;

/**
 * Every action of the editor window, declared once: the menu it sits in, its text, its shortcut, its
 * tooltip and, when it has one, its toolbar button. The menus, the toolbars and Help ▸ Keys are made
 * from this table ({@link ActionTable}); what an action does is bound to it by the part of the program
 * that owns it (the editor, the stepper, the chain-rule panel, the export). Shortcuts without a
 * modifier (→, Space, Delete, …) do not fire while a text field that takes the key is being edited.
 */
public enum StandardAction {
    NEW(Place.FILE, 0, "New", "Shortcut+N", "New empty graph", Bar.MAIN, "New"),
    OPEN(Place.FILE, 0, "Open…", "Shortcut+O", "Open a graph file", Bar.MAIN, "Open"),
    IMPORT_TABLE(Place.FILE, 1, "Import Adjacency Table…", "Shortcut+I", "Make a graph from an exam's adjacency table"),
    NEW_FROM_EXPRESSION(Place.FILE, 1, "New from Expression…", "Shortcut+E", "Make a graph from a formula such as y = max(w*x + x, 0)"),
    SAVE(Place.FILE, 2, "Save", "Shortcut+S", "Save the graph", Bar.MAIN, "Save"),
    SAVE_AS(Place.FILE, 2, "Save As…", "Shortcut+Shift+S", "Save the graph to a new file"),
    EXPORT(Place.FILE, 2, "Export…", "Shortcut+Shift+E", "Export the diagram as SVG, PNG, TikZ, DOT or an adjacency table"),
    EXPORT_SHEET(Place.FILE, 2, "Export Sheet…", null, "An exam sheet as LaTeX (or PDF with pdflatex): the question, or the solution with every step"),
    QUIT(Place.FILE, 3, "Quit", "Shortcut+Q", "Close the window (asks to save unsaved changes)"),

    UNDO(Place.EDIT, 0, "Undo", "Shortcut+Z", "Undo the last change", Bar.MAIN, "↶ Undo"),
    REDO(Place.EDIT, 0, "Redo", "Shortcut+Shift+Z", "Redo what was undone", Bar.MAIN, "↷ Redo"),
    REDO_ALT(Place.EDIT, 0, "Redo (alternative)", "Shortcut+Y", "Redo what was undone"),
    DELETE(Place.EDIT, 1, "Delete Selection", "Delete", "Delete the selected nodes and edges (Backspace on the canvas too)", Bar.MAIN, "Delete"),
    RENAME(Place.EDIT, 1, "Rename Node…", "F2", "Change the selected node's id (or double-click it)"),
    SELECT_ALL(Place.EDIT, 1, "Select All", "Shortcut+A", "Select every node and edge"),

    ZOOM_OUT(Place.VIEW, 0, "Zoom Out", "Shortcut+MINUS", "Zoom out (or the mouse wheel)", Bar.MAIN, "−"),
    ZOOM_IN(Place.VIEW, 0, "Zoom In", "Shortcut+EQUALS", "Zoom in (or the mouse wheel)", Bar.MAIN, "+"),
    FIT(Place.VIEW, 0, "Fit to Window", "Shortcut+0", "Show the whole graph", Bar.MAIN, "Fit"),
    EXPAND_SCALARS(Place.VIEW, 1, "Expand to Scalars", "Shortcut+Shift+X",
            "A graph with tensors as its scalar graph: one node per element, matrix products as neurons with the weights on their edges"),
    AUTO_LAYOUT(Place.LAYOUT, 0, "Auto Layout", "Shortcut+L", "Place the graph left to right in layers", Bar.MAIN, "Auto layout"),

    STEP_RESET(Place.STEP, 0, "Reset", "Home", "Back to the start: nothing computed yet", Bar.STEPPER, "Reset"),
    STEP_BACK(Place.STEP, 0, "Step Back", "Left", "Take the last step back", Bar.STEPPER, "◀ Back"),
    STEP_PLAY(Place.STEP, 0, "Play / Pause", "Space", "Play the steps one after another, or pause", Bar.STEPPER, "▶ Play"),
    STEP_FORWARD(Place.STEP, 0, "Step", "Right", "Take the next step", Bar.STEPPER, "Step ▶"),
    STEP_END_FORWARD(Place.STEP, 1, "End of Forward Pass", "Shift+End", "Jump to the end of the forward pass: every value known",
            Bar.STEPPER, "End of forward"),
    STEP_END(Place.STEP, 1, "End", "End", "Jump to the end of the backward pass: every gradient known", Bar.STEPPER, "End ▶▶"),
    TRAINING(Place.STEP, 2, "Training…", "Shortcut+T",
            "Gradient descent over many iterations, the loss drawn as it goes (again: close the panel)"),

    CHAIN_RULE(Place.CHAIN_RULE, 0, "Write Out the Chain Rule…", "Shortcut+D",
            "The chain rule of the output with respect to the selected node, path by path (Escape closes it)"),
    CLOSE_CHAIN_RULE(Place.CHAIN_RULE, 0, "Close the Chain Rule", "Esc",
            "Close the docked chain-rule panel, from anywhere in the window while no text field is being edited"),

    KEYS(Place.HELP, 0, "Keys", "F1", "Every key and mouse gesture of the editor");

    /** The menus, in the order of the menu bar. */
    public enum Place {
        FILE("File"), EDIT("Edit"), VIEW("View"), LAYOUT("Layout"), STEP("Step"), CHAIN_RULE("Chain Rule"), HELP("Help");

        private final String text;

        Place(String text) { this.text = text; }

        public String text() { return text; }
    }

    /** Which toolbar shows the action as a button. */
    public enum Bar { NONE, MAIN, STEPPER }

    private final Place place;
    private final int group;
    private final String text;
    private final KeyCombination shortcut;
    private final String tooltip;
    private final Bar bar;
    private final String buttonText;

    StandardAction(Place place, int group, String text, String shortcut, String tooltip) {
        this(place, group, text, shortcut, tooltip, Bar.NONE, null);
    }

    StandardAction(Place place, int group, String text, String shortcut, String tooltip, Bar bar, String buttonText) {
        this.place = place;
        this.group = group;
        this.text = text;
        this.shortcut = shortcut == null ? null : KeyCombination.valueOf(shortcut);
        this.tooltip = tooltip;
        this.bar = bar;
        this.buttonText = buttonText;
    }

    public Place place() { return place; }

    /** Actions of one menu with different groups are set apart by a separator. */
    public int group() { return group; }

    public String text() { return text; }

    /** The shortcut, or null. */
    public KeyCombination shortcut() { return shortcut; }

    public String tooltip() { return tooltip; }

    public Bar bar() { return bar; }

    /** The (short) text of the toolbar button, or null when there is none. */
    public String buttonText() { return buttonText; }

    /** The id of the toolbar button: the stepper's are {@code stepper-…}, the others {@code action-…}. */
    public String buttonId() {
        String slug = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return bar == Bar.STEPPER ? slug.replaceFirst("^step-", "stepper-") : "action-" + slug;
    }
}
