package org.chainrule.ops;

/** How the palette groups the ops. */
public enum OpGroup { INPUTS, ARITHMETIC, ACTIVATIONS, LOSSES, NEURON, TENSORS, FUNCTIONS }
