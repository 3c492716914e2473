package org.chainrule.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A directed edge. Its endpoints are kept by the {@link Graph}. Equality is identity (parallel edges
 * are distinct objects with equal fields).
 */
public final class Edge {
    /** Default weight of an edge into a neuron. */
    public static final double DEFAULT_WEIGHT = 1;

    private Integer arg;
    private String label;
    private Double weight;
    private Integer delay;
    private final Map<String, Object> extras = new LinkedHashMap<>();

    public Edge() {}

    public Edge copy() {
        Edge e = new Edge();
        e.arg = arg;
        e.label = label;
        e.weight = weight;
        e.delay = delay;
        e.extras.putAll(extras);
        return e;
    }

    /** Explicit argument position (0-based), or null: the order of the edges in the file. */
    public Integer arg() { return arg; }
    public void setArg(Integer arg) { this.arg = arg; }

    /** How the exam names the edge's weight ({@code w[1]_13}), or null. */
    public String label() { return label; }
    public void setLabel(String label) { this.label = label == null || label.isEmpty() ? null : label; }

    /** The weight given in the file, or null (meaning 1). */
    public Double weightOrNull() { return weight; }
    public double weight() { return weight == null ? DEFAULT_WEIGHT : weight; }
    public void setWeight(Double weight) { this.weight = weight; }

    /** The delay given in the file, or null (0, or 1 on a self-loop; see {@link Graph#delay}). */
    public Integer delayOrNull() { return delay; }
    public void setDelay(Integer delay) { this.delay = delay; }

    public Map<String, Object> extras() { return extras; }
}
