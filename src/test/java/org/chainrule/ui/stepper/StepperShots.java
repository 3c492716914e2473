package org.chainrule.ui.stepper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.chainrule.ui.ChainruleApp;

/**
 * Screenshots of the stepper in the real window, for people to look at (not a test): run under Xvfb with
 * {@code DISPLAY} set; for every graph file given it takes {@code import -window root} shots in the
 * middle and at the end of the backward pass. Arguments: output folder, then files; a file prefixed
 * {@code unrolled:} is shown in the unrolled view.
 */
public final class StepperShots extends Application {
    private record Shot(String file, boolean unrolled, boolean check, boolean quiz, boolean anim, String when, Path out) {}

    private final List<Shot> shots = new ArrayList<>();

    /** Entry point (a class that is not an Application, so plain {@code java -cp} finds JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(StepperShots.class, args);
        }
    }

    @Override
    public void start(Stage ignored) throws Exception {
        // recent files and crash recovery of these throwaway windows stay out of ~/.chainrule
        if (System.getProperty("chainrule.home") == null) {
            System.setProperty("chainrule.home", java.nio.file.Files.createTempDirectory("chainrule-shots").toString());
        }
        List<String> a = getParameters().getRaw();
        Path dir = Path.of(a.get(0));
        for (String f : a.subList(1, a.size())) {
            List<String> flags = new ArrayList<>(List.of(f.split(":")));
            String file = flags.remove(flags.size() - 1);
            String base = Path.of(file).getFileName().toString().replace(".json", "");
            for (String flag : flags) base += "-" + flag;
            for (String when : new String[] {"mid", "end"}) {
                shots.add(new Shot(file, flags.contains("unrolled"), flags.contains("check"), flags.contains("quiz"), flags.contains("anim"), when,
                        dir.resolve(base + "-" + when + ".png")));
            }
        }
        next();
    }

    private void next() {
        if (shots.isEmpty()) {
            Platform.exit();
            return;
        }
        Shot s = shots.remove(0);
        Stage stage = new Stage();
        ChainruleApp.Editor editor = ChainruleApp.openEditor(stage, List.of(s.file()));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Integer.getInteger("shots.width", 1600));
        stage.setHeight(Integer.getInteger("shots.height", 1000));
        stage.show();
        StepperView v = editor.stepper();
        v.setAnimate(s.anim());
        later(0.8, () -> {
            if (s.unrolled()) v.model().unrolledProperty().set(true);
            if (s.check()) v.model().gradientCheckProperty().set(true);
            if (s.quiz()) v.model().setQuiz(false, true);
            editor.window().canvas().fitToWindow();
            later(0.8, () -> {
                var c = v.model().cursor();
                int target = s.when().equals("mid") ? c.forwardCount() + (c.size() - c.forwardCount()) / 2 : c.size();
                if (s.anim()) {
                    // one step before, then the step itself through the view, caught while the dot travels
                    v.model().seek(target - 1);
                    v.forward();
                } else {
                    v.model().seek(target);
                }
                if (s.quiz()) {
                    // one wrong and one right answer, as a student would give them
                    var items = QuizItems.known(c.graph(), v.model().stateProperty().get());
                    if (items.size() >= 2) {
                        v.model().answer(items.get(0), "0.5");
                        Quiz.Item right = items.get(items.size() - 1);
                        v.model().answer(right, Double.toString(QuizItems.expected(c.graph(), v.model().stateProperty().get(), right)));
                    }
                }
                later(s.anim() ? 0.22 : 1.0, () -> {
                    try {
                        new ProcessBuilder("import", "-window", "root", s.out().toString()).inheritIO().start().waitFor();
                        System.out.println("shot " + s.out() + " at " + v.model().counterProperty().get());
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    stage.close();
                    next();
                });
            });
        });
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
