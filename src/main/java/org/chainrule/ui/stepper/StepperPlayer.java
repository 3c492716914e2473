package org.chainrule.ui.stepper;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/** Plays the stepper: one step every 1/speed seconds until the end or until paused. */
final class StepperPlayer {
    static final double MIN_SPEED = 0.25;
    static final double MAX_SPEED = 8;

    private final StepperModel model;
    private final Runnable onStep;
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.5);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private Timeline timeline;

    /** @param onStep called after each step played (the view animates it) */
    StepperPlayer(StepperModel model, Runnable onStep) {
        this.model = model;
        this.onStep = onStep;
        speed.addListener((o, a, b) -> {
            if (playing.get()) start();
        });
    }

    /** Steps per second. */
    DoubleProperty speedProperty() { return speed; }

    ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    boolean playing() { return playing.get(); }

    /** How long one step lasts at the current speed. */
    Duration stepDuration() { return Duration.seconds(1 / Math.max(MIN_SPEED, speed.get())); }

    void toggle() {
        if (playing.get()) pause();
        else play();
    }

    void play() {
        if (model.cursor() == null) return;
        if (model.atEnd()) model.reset();
        playing.set(true);
        start();
    }

    void pause() {
        playing.set(false);
        if (timeline != null) timeline.stop();
        timeline = null;
    }

    private void start() {
        if (timeline != null) timeline.stop();
        timeline = new Timeline(new KeyFrame(stepDuration(), e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    private void tick() {
        if (!model.forward()) {
            pause();
            return;
        }
        onStep.run();
        if (model.atEnd()) pause();
    }
}
