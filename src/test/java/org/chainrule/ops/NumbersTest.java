package org.chainrule.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How numbers are written for people, checked as properties over many numbers (each text read back
 * and compared with the number it stands for) and on the numbers exam answers come out as.
 */
class NumbersTest {
    /** A text of {@link Numbers#human} read back as a number. */
    static double read(String s) {
        if (s.equals("∞")) return Double.POSITIVE_INFINITY;
        if (s.equals("−∞")) return Double.NEGATIVE_INFINITY;
        return Double.parseDouble(s.replace('−', '-'));
    }

    /** Whether a text reads as a whole number: no point and no power of ten, or a one-digit power of ten. */
    static boolean readsWhole(String s) {
        String m = s.replace("−", "");
        if (m.contains("e")) return m.contains("e+") && !m.substring(0, m.indexOf('e')).contains(".");
        return !m.contains(".");
    }

    private static List<Double> manyNumbers(long seed) {
        Random r = new Random(seed);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double whole = Math.floor(r.nextGaussian() * Math.pow(10, r.nextInt(9)));
            switch (i % 5) {
                case 0 -> out.add(whole + Math.pow(10, -1 - r.nextInt(15)));   // 3 + 1e-9: just above a whole number
                case 1 -> out.add(whole - Math.pow(10, -1 - r.nextInt(15)));   // just below
                case 2 -> out.add(r.nextGaussian() * Math.pow(10, r.nextInt(30) - 15));
                case 3 -> out.add(whole);
                default -> out.add(Double.longBitsToDouble(r.nextLong()));
            }
        }
        return out;
    }

    @Test
    void aFractionNeverReadsAsAWholeNumber() {
        for (double v : manyNumbers(1)) {
            if (!Double.isFinite(v) || v == Math.rint(v)) continue;
            String s = Numbers.human(v);
            assertFalse(readsWhole(s), v + " written as " + s);
        }
    }

    @Test
    void theTextIsTheNumberRoundedToAtLeastFourDigits() {
        for (double v : manyNumbers(2)) {
            if (!Double.isFinite(v)) continue;
            String s = Numbers.human(v);
            double back = read(s);
            // 4 significant digits: within half a unit of the 4th digit, HALF_EVEN on the exact value
            assertTrue(Math.abs(back - v) <= 5e-4 * Math.abs(v) + 1e-300, v + " written as " + s);
            if (v == Math.rint(v) && Math.abs(v) < 1e6) assertEquals(v, back, 0, "whole numbers below a million are written in full: " + s);
        }
    }

    @Test
    void numbersOfOneTextStayApart() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            // numbers that agree in their first few digits, as the terms of a sum often do
            double base = r.nextGaussian() * Math.pow(10, r.nextInt(12) - 6);
            List<Double> numbers = new ArrayList<>();
            for (int i = 0; i < 12; i++) numbers.add(base * (1 + r.nextInt(5) * Math.pow(10, -3 - r.nextInt(12))));
            numbers.add(-0.0);
            numbers.add(0.0);
            DistinctNumbers f = DistinctNumbers.of(numbers);
            Map<String, Double> seen = new HashMap<>();
            for (double v : numbers) {
                String s = f.human(v);
                Double before = seen.put(s, v == 0 ? 0.0 : v);
                if (before != null) assertEquals(before, v == 0 ? 0.0 : v, 0, "two numbers written " + s);
                assertTrue(Math.abs(read(s) - v) <= 5e-4 * Math.abs(v), v + " written as " + s);
            }
        }
    }

    @Test
    void aNumberAloneInItsTextIsWrittenAsUsual() {
        // a text with one number, or several far apart, writes each as human() does
        for (double v : manyNumbers(4)) {
            if (!Double.isFinite(v)) continue;
            assertEquals(Numbers.human(v), DistinctNumbers.of(List.of(v, v * 1000 + 7)).human(v));
        }
    }

    @Test
    void textBuildsItsNumbersTwiceAndKeepsThemApart() {
        // 1 + 0.0021 and 1 + 0.0024 agree to 4 digits: one text keeps them apart, each alone rounds to 1.002
        double a = 1 + 0.0021, b = 1 + 0.0024;
        assertEquals(Numbers.human(a), Numbers.human(b));
        String s = DistinctNumbers.text(f -> f.human(a) + " and " + f.human(b));
        String[] parts = s.split(" and ");
        assertNotEquals(parts[0], parts[1]);
        assertEquals(a, read(parts[0]), 1e-12);
        assertEquals(b, read(parts[1]), 1e-12);
    }

    @Test
    void ordinaryNumbersStayShort() {
        // the numbers exam answers come out as: P6b's w·x and w·x + x at w = 0.001, x = 2, its dy/dx,
        // the dense net's w[1]_13 after one step (3 − 2·16) and sigmoid(1)
        double w = 0.001, x = 2;
        assertEquals("0.001", Numbers.human(w));
        assertEquals("0.002", Numbers.human(w * x));
        assertEquals("2.002", Numbers.human(w * x + x));
        assertEquals("1.001", Numbers.human(w + 1));
        assertEquals("16", Numbers.human(2 * (36.0 - 32) * 2 * 1)); // ∂J/∂w[1]_13 = 2(ŷ − y)·w[2]_3·x_1
        assertEquals("−29", Numbers.human(3 - 2 * 16.0));
        assertEquals("0.7311", Numbers.human(Activation.SIGMOID.apply(1, 0)));
        assertEquals("0.0002", Numbers.human(0.01 * 0.02));
        assertEquals("1.0002", Numbers.human(1 + 0.01 * 0.02));
    }

    @Test
    void powersOfTenForTheVeryLargeAndTheVerySmall() {
        double sigmoidSlope = Activation.SIGMOID.derivative(40, 1, 0);
        String s = Numbers.human(sigmoidSlope);
        assertTrue(s.matches("4\\.248e-18"), s);
        assertEquals(new BigDecimal(sigmoidSlope).round(new java.math.MathContext(4)).doubleValue(), read(s), 0);
        double big = Math.pow(2, 40) + 0.5;
        String b = Numbers.human(big);
        assertTrue(b.matches("1\\.1\\d*e\\+12"), b);
        assertFalse(readsWhole(b));
        assertEquals("∞", Numbers.human(1 / 0.0));
        assertEquals("−∞", Numbers.human(-1 / 0.0));
        assertEquals("NaN", Numbers.human(0 / 0.0));
        assertEquals("0", Numbers.human(-0.0));
    }
}
