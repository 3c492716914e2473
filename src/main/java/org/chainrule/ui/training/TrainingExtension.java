package org.chainrule.ui.training;

import org.chainrule.ui.MainWindow;
import org.chainrule.ui.StandardAction;

/**
 * Binds Step ▸ "Training…" (Ctrl T): the {@link TrainingPanel} docked under the canvas; the same
 * action closes it again.
 */
public final class TrainingExtension {
    /** The share of the canvas area's height the panel takes. */
    static final double DOCK_SHARE = 0.4;
    private TrainingPanel panel;

    public void install(MainWindow window) {
        window.actions().get(StandardAction.TRAINING).bind(() -> {
            if (panel == null) panel = new TrainingPanel(window.viewModel());
            if (window.isDocked(panel.node())) window.undock(panel.node());
            else window.dock(panel.node(), DOCK_SHARE);
        });
    }

    /** The panel, once it was opened (for tests). */
    public TrainingPanel panel() { return panel; }
}
