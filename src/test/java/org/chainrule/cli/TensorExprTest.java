package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.chainrule.cli.ExprCommandTest.Run;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code expr} on vectors and matrices: {@code W@x}, {@code sum}, {@code mean}, {@code softmax},
 * {@code transpose}, with {@code --set 'W=[[..]]'} making the identifier a tensor of that shape. The
 * expected numbers are worked out here with plain loops, not by the engine.
 */
class TensorExprTest {
    private static final double[][] W = {{1, 2}, {3, 4}};
    private static final double[] X = {1, 1};

    @Test
    void sumOfAMatrixTimesAVector() {
        Run r = ExprCommandTest.run("expr", "J = sum(W@x)", "--set", "W=[[1,2],[3,4]],x=[1,1]", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        // J = Σ_i Σ_k W_ik x_k; ∂J/∂W_ik = x_k; ∂J/∂x_k = Σ_i W_ik
        double j = 0;
        for (double[] row : W) for (int k = 0; k < X.length; k++) j += row[k] * X[k];
        assertEquals(j, o.get("value").getAsDouble(), 1e-12);
        JsonObject grads = o.getAsJsonObject("grads");
        for (int i = 0; i < 2; i++) assertArrayEquals(X, numbers(grads.getAsJsonArray("W").get(i)), 1e-12);
        double[] dx = new double[2];
        for (double[] row : W) for (int k = 0; k < 2; k++) dx[k] += row[k];
        assertArrayEquals(dx, numbers(grads.get("x")), 1e-12);
        assertArrayEquals(new double[] {1 * 1 + 2 * 1, 3 * 1 + 4 * 1}, numbers(o.getAsJsonObject("values").get("matmul1")), 1e-12);
    }

    @Test
    void meanOfTheSoftmaxOfATransposedProduct() {
        Run r = ExprCommandTest.run("expr", "J = sum(softmax(transpose(W) @ x) * y)", "--set",
                "W=[[1,2],[3,4]],x=[1,0],y=[0,1]", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        // z = Wᵀx = (W_00, W_01) = (1, 2); J = softmax(z)_1 = e²/(e + e²)
        double p1 = Math.exp(2) / (Math.exp(1) + Math.exp(2));
        assertEquals(p1, o.get("value").getAsDouble(), 1e-12);
        // ∂J/∂z = p1 (e_1 − p) = (−p0 p1, p1 (1 − p1)); ∂J/∂x = W ∂J/∂z
        double p0 = 1 - p1;
        double[] dz = {-p0 * p1, p1 * (1 - p1)};
        double[] dx = {W[0][0] * dz[0] + W[0][1] * dz[1], W[1][0] * dz[0] + W[1][1] * dz[1]};
        assertArrayEquals(dx, numbers(o.getAsJsonObject("grads").get("x")), 1e-12);
        Run m = ExprCommandTest.run("expr", "J = mean(W, 0) @ x", "--set", "W=[[1,2],[3,4]],x=[1,1]", "--json");
        assertEquals(0, m.code(), m.err());
        // mean down the rows: (2, 3); J = 2 + 3
        assertEquals(5.0, JsonParser.parseString(m.out()).getAsJsonObject().get("value").getAsDouble(), 1e-12);
    }

    @Test
    void concatStacksVectorsAndHandsEachItsSliceOfTheGradient() {
        Run r = ExprCommandTest.run("expr", "J = sum(W @ concat(x, y))", "--set", "W=[[1,2,3],[4,5,6]],x=[1,2],y=[-1]", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        // z = (1, 2, −1); J = Σ_i Σ_k W_ik z_k; ∂J/∂z_k = Σ_i W_ik = (5, 7, 9): x gets (5, 7), y gets 9
        double[] z = {1, 2, -1};
        double j = 0;
        double[][] w = {{1, 2, 3}, {4, 5, 6}};
        for (double[] row : w) for (int k = 0; k < 3; k++) j += row[k] * z[k];
        assertEquals(j, o.get("value").getAsDouble(), 1e-12);
        JsonObject grads = o.getAsJsonObject("grads");
        assertArrayEquals(new double[] {w[0][0] + w[1][0], w[0][1] + w[1][1]}, numbers(grads.get("x")), 1e-12);
        assertArrayEquals(new double[] {w[0][2] + w[1][2]}, numbers(grads.get("y")), 1e-12);
        assertArrayEquals(z, numbers(o.getAsJsonObject("values").get("concat1")), 1e-12);
    }

    @Test
    void theGraphFileKeepsTheShapes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.json");
        Run r = ExprCommandTest.run("expr", "f = sum(W@x)", "--set", "W=[[1,2],[3,4]],x=[1,1]", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        Graph g = GraphFile.read(out);
        assertArrayEquals(new int[] {2, 2}, g.node("W").shape());
        assertArrayEquals(new int[] {2}, g.node("x").shape());
        assertEquals(Op.MATMUL, g.node("matmul1").op());
        assertArrayEquals(new double[] {1, 2, 3, 4}, g.node("W").tensorAt(1).data(), 0);
    }

    @Test
    void shapesThatDoNotMultiplyAreOneLineAndExit2() {
        Run r = ExprCommandTest.run("expr", "J = sum(W@x)", "--set", "W=[[1,2],[3,4]],x=[1,1,1]");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("matmul1") && r.err().contains("[2, 2]") && r.err().contains("[3]"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static double[] numbers(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsDouble();
        return out;
    }
}
