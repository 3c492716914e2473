package org.chainrule.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.chainrule.ops.Op;
import org.chainrule.ops.OpGroup;

/**
 * Every op of the model, grouped as in docs/file-format.md (inputs, arithmetic, activations, losses, neuron, tensors). Click
 * a button to add the node in the middle of the view, or drag it onto the canvas to place it.
 */
public final class Palette extends ScrollPane {
    /** Prefix of the drag-and-drop text that carries an op id onto the canvas. */
    public static final String DRAG_PREFIX = "chainrule-op:";

    /** The buttons of the graph's own functions ({@link #setFunctions}). */
    private final TilePane functions = new TilePane(4, 4);
    private final TitledPane functionPane = new TitledPane("Functions of this graph", functions);
    private final Consumer<String> onAddFunction;

    public Palette(Consumer<Op> onAdd) {
        this(onAdd, name -> {});
    }

    /** {@code onAddFunction} adds a node that calls the function of that name. */
    public Palette(Consumer<Op> onAdd, Consumer<String> onAddFunction) {
        this.onAddFunction = onAddFunction;
        VBox groups = new VBox(4);
        groups.setPadding(new Insets(4));
        for (OpGroup group : OpGroup.values()) {
            if (group == OpGroup.FUNCTIONS) continue; // the graph's own, below
            TilePane buttons = new TilePane(4, 4);
            buttons.setPrefColumns(2);
            buttons.setPrefTileWidth(84);
            for (Op op : Op.values()) {
                if (op.group() != group) continue;
                buttons.getChildren().add(button(op, onAdd));
            }
            TitledPane pane = new TitledPane(title(group), buttons);
            pane.setAnimated(false);
            pane.setStyle("-fx-font-size: 11px;");
            groups.getChildren().add(pane);
        }
        functions.setPrefColumns(2);
        functions.setPrefTileWidth(84);
        functionPane.setAnimated(false);
        functionPane.setStyle("-fx-font-size: 11px;");
        functionPane.setId("palette-functions");
        setContent(groups);
        this.groups = groups;
        setFitToWidth(true);
        setPrefWidth(212);
        setMinWidth(212);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    private final VBox groups;

    /** Shows a button per function the graph defines (none: no Functions section). */
    public void setFunctions(java.util.Collection<org.chainrule.model.FunctionDef> defs) {
        functions.getChildren().clear();
        for (org.chainrule.model.FunctionDef f : defs) {
            Button b = new Button("f " + f.name());
            b.setId("palette-function-" + f.name());
            b.setMnemonicParsing(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setStyle("-fx-font-size: 11px; -fx-padding: 3 4 3 4;");
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(f.signature() + " = " + f.body() + "\nA function of this graph: its derivatives come from its body."
                    + "\nClick to add a node that calls it."));
            b.setOnAction(e -> onAddFunction.accept(f.name()));
            functions.getChildren().add(b);
        }
        groups.getChildren().remove(functionPane);
        if (!defs.isEmpty()) groups.getChildren().add(functionPane);
    }

    private static Button button(Op op, Consumer<Op> onAdd) {
        String symbol = op.symbol();
        // a long name goes without its symbol, so that the whole name fits its tile (cross_entropy)
        boolean bare = symbol.isEmpty() || symbol.length() > 2 || op.id().length() > 8;
        Button b = new Button(bare ? op.id() : symbol + " " + op.id());
        b.setId("palette-" + op.id());
        b.setMnemonicParsing(false); // leaky_relu: an underscore is not a mnemonic here
        b.setMaxWidth(Double.MAX_VALUE);
        b.setStyle("-fx-font-size: 11px; -fx-padding: 3 4 3 4;");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip((symbol.isEmpty() ? "" : symbol + "  ") + describe(op) + "\nClick to add, or drag onto the canvas."));
        b.setOnAction(e -> onAdd.accept(op));
        b.setOnDragDetected(e -> {
            Dragboard db = b.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + op.id());
            db.setContent(content);
            e.consume();
        });
        return b;
    }

    static String describe(Op op) {
        String inputs = op.maxArity() == 0 ? "no inputs" : op.arityText() + (op.maxArity() == 1 ? " input" : " inputs");
        String order = op.isOrdered() ? ", argument order matters" : "";
        return op.id() + ": " + inputs + order;
    }

    private static String title(OpGroup g) {
        String s = g.name().toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
