package org.chainrule.cli;

import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ForwardPasses;
import org.chainrule.engine.Tangents;
import org.chainrule.model.Graph;
import picocli.CommandLine.Option;

/**
 * The options {@code eval} and {@code steps} share for choosing what is differentiated: forward mode with
 * respect to one key ({@code --forward --wrt KEY}), or the reverse pass seeded at a node other than the
 * output ({@code --of ID}).
 */
final class ForwardOptions {
    @Option(names = "--forward", description = "Forward mode: every node's tangent ∂node/∂KEY (give the key with --wrt).")
    boolean forward;

    @Option(names = "--wrt", paramLabel = "KEY", description = "The key forward mode differentiates with respect to: ID, ID.bias, ID.init or FROM->TO.")
    String wrt;

    @Option(names = "--of", paramLabel = "ID", description = "Seeds the reverse pass at node ID (at t = T) instead of the output.")
    String of;

    /** Whether anything but the usual reverse pass from the output was asked for. */
    boolean any() { return forward || wrt != null || of != null; }

    /** Refuses options that do not go together, in one line. */
    void check() {
        if (forward && wrt == null) throw new UsageException("--forward needs --wrt KEY (the key to differentiate with respect to)");
        if (wrt != null && !forward) throw new UsageException("--wrt KEY goes with --forward");
        if (forward && of != null) throw new UsageException("--of ID is for the reverse pass; forward mode gives every node's tangent");
    }

    /** The evaluation, its reverse pass seeded at {@code --of} when given. */
    Evaluation evaluate(Graph g) {
        if (of == null) return Engine.evaluate(g);
        try {
            return Engine.evaluate(g, of);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--of " + of + ": " + e.getMessage());
        }
    }

    /** Forward mode with respect to {@code --wrt}. */
    Tangents tangents(Graph g) {
        Evaluation ev = Engine.evaluate(g);
        try {
            return ForwardPasses.of(ev, wrt);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--wrt " + wrt + ": " + e.getMessage());
        }
    }
}
