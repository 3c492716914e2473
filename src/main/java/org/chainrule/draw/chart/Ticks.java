package org.chainrule.draw.chart;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ops.Numbers;

/**
 * The tick marks of an axis: round numbers (1, 2 or 5 times a power of ten) on a linear axis, whole
 * decades on a logarithmic one (every second or third decade when there are many, 2 and 5 times each
 * decade as well when there are one or two), with their labels.
 * An axis with ticks runs from its first to its last tick, so the lines never leave the frame.
 */
record Ticks(double lo, double hi, List<Double> at, List<String> labels) {
    /** About this many ticks on an axis. */
    static final int TARGET = 6;

    static Ticks linear(double min, double max) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / TARGET;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double lo = Math.floor(min / step + 1e-9) * step, hi = Math.ceil(max / step - 1e-9) * step;
        List<Double> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (long k = Math.round(lo / step); k <= Math.round(hi / step); k++) {
            double v = k * step;
            at.add(v);
            labels.add(Numbers.human(Math.abs(v) < step * 1e-9 ? 0 : v));
        }
        return new Ticks(lo, hi, at, labels);
    }

    /** Ticks for log₁₀ of the values: {@code min} and {@code max} are exponents. */
    static Ticks decades(double min, double max) {
        int lo = (int) Math.floor(min + 1e-9), hi = (int) Math.ceil(max - 1e-9);
        if (hi <= lo) hi = lo + 1;
        int step = Math.max(1, (int) Math.ceil((hi - lo) / (double) (TARGET + 2)));
        lo = Math.floorDiv(lo, step) * step;
        hi = -Math.floorDiv(-hi, step) * step;
        List<Double> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int k = lo; k <= hi; k += step) {
            at.add((double) k);
            labels.add(power(k));
            // within one or two decades the decades alone are too few: 2 and 5 times each as well
            if (hi - lo <= 2 && k < hi) {
                for (int m : new int[] {2, 5}) {
                    at.add(k + Math.log10(m));
                    labels.add(m + "·" + power(k));
                }
            }
        }
        return new Ticks(lo, hi, at, labels);
    }

    /** 10 to the k, written with superscript digits: 10⁻⁵, 10⁰, 10³. */
    static String power(int k) {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder("10");
        if (k < 0) s.append('⁻');
        for (char c : Integer.toString(Math.abs(k)).toCharArray()) s.append(sup.charAt(c - '0'));
        return s.toString();
    }
}
