package org.chainrule.ui;

/**
 * A feature that adds itself to the editor window (the backprop stepper does). Implementations are
 * found with {@link java.util.ServiceLoader}: list the class in
 * {@code src/main/resources/META-INF/services/org.chainrule.ui.WindowExtension}. {@link #install} runs
 * once, on the JavaFX thread, after the window is built and before it is shown; use
 * {@link MainWindow#addToolBar}, {@link MainWindow#setExplanationPanel}, {@link MainWindow#addMenu},
 * {@link MainWindow#canvas()} and {@link MainWindow#viewModel()}.
 */
public interface WindowExtension {
    void install(MainWindow window);
}
