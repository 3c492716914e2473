package org.chainrule.ui;

/**
 * A feature that adds itself to the editor window (the backprop stepper does). {@link ChainruleApp}
 * installs each one by name. {@link #install} runs
 * once, on the JavaFX thread, after the window is built and before it is shown; use
 * {@link MainWindow#addToolBar}, {@link MainWindow#setExplanationPanel}, {@link MainWindow#addMenu},
 * {@link MainWindow#canvas()} and {@link MainWindow#viewModel()}.
 */
public interface WindowExtension {
    void install(MainWindow window);
}
