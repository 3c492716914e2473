package org.chainrule.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.FlowPane;

/**
 * Toolbars that wrap: JavaFX's {@link ToolBar} hides what does not fit behind "»", so the window shows
 * a toolbar's items in a {@link FlowPane} styled as a toolbar instead, and a narrow window gets a second
 * row rather than missing buttons. The toolbar object stays the owner of its items (and of its id).
 */
final class Toolbars {
    private Toolbars() {}

    /** A wrapping row showing {@code bar}'s items (kept in step with them); the bar itself is not shown. */
    static FlowPane wrapping(ToolBar bar) {
        FlowPane flow = new FlowPane(4, 3);
        flow.getStyleClass().add("tool-bar");
        flow.setId(bar.getId() == null ? null : bar.getId() + "-row");
        flow.setPadding(new Insets(4, 6, 4, 6));
        flow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        flow.setRowValignment(javafx.geometry.VPos.CENTER);
        // the row's width follows the window, so the wrap length does too
        flow.prefWrapLengthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(200, flow.getWidth() - 12), flow.widthProperty()));
        bar.getItems().addListener((ListChangeListener<Node>) c -> vertical(bar));
        vertical(bar);
        Bindings.bindContent(flow.getChildren(), bar.getItems());
        return flow;
    }

    private static void vertical(ToolBar bar) {
        for (Node n : bar.getItems()) if (n instanceof Separator s) s.setOrientation(Orientation.VERTICAL);
    }
}
