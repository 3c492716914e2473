package org.chainrule.ui.export;

import java.awt.image.BufferedImage;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.Exporter;
import org.chainrule.draw.export.Exporters;
import org.chainrule.draw.export.PngExporter;
import org.chainrule.model.Graph;

/**
 * File ▸ Export…: the format (every one of {@link Exporters}), which numbers to show, the PNG scale and background,
 * folded or unrolled, TikZ picture only, with a preview of exactly what will be written (the PNG back
 * end's drawing of the same diagram, or the text of DOT and the table). It starts from the given
 * settings (the last export's). The result is the chosen {@link ExportSettings}; the caller asks
 * for the file.
 */
public final class ExportDialog extends Dialog<ExportSettings> {
    /** The OK button: asks for the file next. */
    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final Graph graph;
    private final ChoiceBox<Exporter> format = new ChoiceBox<>(FXCollections.observableArrayList(Exporters.all()));
    private final ChoiceBox<AnnotateMode> annotate = new ChoiceBox<>(FXCollections.observableArrayList(AnnotateMode.values()));
    private final ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 4));
    private final CheckBox transparent = new CheckBox("Transparent background");
    private final CheckBox unrolled = new CheckBox("Unrolled over the time steps");
    private final CheckBox pictureOnly = new CheckBox("Only the tikzpicture (to paste into a document)");
    private final ImageView preview = new ImageView();
    private final TextArea textPreview = new TextArea();
    private final ScrollPane frame = new ScrollPane(preview);
    private final Label problem = new Label();

    public ExportDialog(Window owner, Graph graph) {
        this(owner, graph, ExportSettings.DEFAULT, null);
    }

    /** The dialog showing {@code initial} (e.g. the last export's choices). */
    public ExportDialog(Window owner, Graph graph, ExportSettings initial) {
        this(owner, graph, initial, null);
    }

    /**
     * The dialog showing {@code initial} (e.g. the last export's choices), while a quiz may hide numbers
     * ({@code hidden}, or null): it then offers only the numbers the quiz does not hide (the blank form
     * of the question) and says why.
     */
    public ExportDialog(Window owner, Graph graph, ExportSettings initial, org.chainrule.ui.HiddenNumbers hidden) {
        this.graph = graph;
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the diagram for an exam, a solution sheet or a slide");
        format.setId("export-format");
        annotate.setId("export-annotate");
        scale.setId("export-scale");
        transparent.setId("export-transparent");
        unrolled.setId("export-unrolled");
        pictureOnly.setId("export-picture-only");
        preview.setId("export-preview");
        problem.setId("export-problem");
        textPreview.setId("export-text-preview");
        textPreview.setEditable(false);
        textPreview.setPrefSize(640, 320);
        textPreview.setFont(javafx.scene.text.Font.font("Monospaced", 12));
        format.setConverter(names(f -> f.description() + " (." + f.extension() + ")"));
        annotate.setConverter(names(m -> switch (m) {
            case NONE -> "None: the question";
            case VALUES -> "Values: forward pass";
            case GRADS -> "Gradients: backward pass";
            case BOTH -> "Values and gradients: the solution";
        }));
        scale.setConverter(names(k -> k + "×"));
        format.setValue(initial.format());
        annotate.setValue(initial.annotate());
        scale.setValue(initial.scale());
        transparent.setSelected(initial.transparent());
        unrolled.setSelected(initial.unrolled());
        pictureOnly.setSelected(initial.pictureOnly());
        Label quiz = new Label();
        quiz.setId("export-quiz");
        if (hidden != null && hidden.active()) {
            if (hidden.values()) annotate.getItems().removeAll(AnnotateMode.VALUES, AnnotateMode.BOTH);
            if (hidden.grads()) annotate.getItems().removeAll(AnnotateMode.GRADS, AnnotateMode.BOTH);
            if (!annotate.getItems().contains(annotate.getValue())) annotate.setValue(AnnotateMode.NONE);
            quiz.setText("The quiz hides " + (hidden.values() && hidden.grads() ? "values and gradients"
                    : hidden.values() ? "values" : "gradients") + ": the export shows only the numbers it does not hide."
                    + " End the quiz to export the solution.");
        }
        unrolled.setDisable(graph.timesteps() == 1);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Format:"), format);
        form.addRow(1, new Label("Numbers:"), annotate);
        form.addRow(2, new Label("PNG scale:"), scale);
        form.add(transparent, 1, 3);
        form.add(unrolled, 1, 4);
        form.add(pictureOnly, 1, 5);
        frame.setPrefViewportWidth(640);
        frame.setPrefViewportHeight(320);
        problem.setStyle("-fx-text-fill: #cf222e;");
        VBox box = new VBox(10, form, frame, problem);
        if (!quiz.getText().isEmpty()) box.getChildren().add(0, quiz);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);

        for (var p : new javafx.beans.Observable[] {format.valueProperty(), annotate.valueProperty(), scale.valueProperty(),
                transparent.selectedProperty(), unrolled.selectedProperty(), pictureOnly.selectedProperty()}) {
            p.addListener(o -> refresh());
        }
        setResultConverter(b -> b == EXPORT ? settings() : null);
        refresh();
    }

    /** The settings as the controls show them now. */
    public ExportSettings settings() {
        return new ExportSettings(format.getValue(), annotate.getValue(), scale.getValue(), transparent.isSelected(),
                unrolled.isSelected() && !unrolled.isDisable(), pictureOnly.isSelected());
    }

    /** What is remembered for next time: the controls as set, unrolling too when this graph could not use it. */
    ExportSettings choices() {
        return new ExportSettings(format.getValue(), annotate.getValue(), scale.getValue(), transparent.isSelected(),
                unrolled.isSelected(), pictureOnly.isSelected());
    }

    /** Redraws the preview; an annotated drawing of a graph the engine refuses shows why instead. */
    private void refresh() {
        Exporter f = format.getValue();
        scale.setDisable(!f.options().contains(Exporter.Option.SCALE));
        transparent.setDisable(!f.options().contains(Exporter.Option.TRANSPARENT));
        pictureOnly.setDisable(!f.options().contains(Exporter.Option.PICTURE_ONLY));
        ExportSettings s = settings();
        Button ok = (Button) getDialogPane().lookupButton(EXPORT);
        try {
            if (f.drawing()) {
                Diagram d = DiagramExport.diagram(graph, s.options());
                preview.setImage(image(new PngExporter(Theme.standard()).image(d, 1, s.options().transparent())));
                frame.setContent(preview);
            } else {
                textPreview.setText(new String(f.bytes(graph, s.options(), graphSource()), java.nio.charset.StandardCharsets.UTF_8));
                frame.setContent(textPreview);
            }
            problem.setText("");
            ok.setDisable(false);
        } catch (RuntimeException e) {
            preview.setImage(null);
            textPreview.setText("");
            problem.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            ok.setDisable(true);
        }
    }

    /** How errors name the graph: by its name, as the editor's title does. */
    private String graphSource() { return graph.name() == null ? "graph" : graph.name(); }

    private static WritableImage image(BufferedImage b) {
        int w = b.getWidth(), h = b.getHeight();
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            public String toString(T t) { return t == null ? "" : f.apply(t); }
            public T fromString(String s) { return null; }
        };
    }
}
