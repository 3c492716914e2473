#!/usr/bin/env python3
"""Forward + backward over a Chainrule graph file in micrograd's style, the yardstick of issue 7.

A scalar Value per node with a _backward closure per op, gradients accumulated with +=, an
iterative topological sort (a recursive one overflows on deep graphs). Supports the ops of the
benchmark graphs: input, param, const, add, mul, relu; one time step, no delayed edges.

usage: python3 bench/micrograd_eval.py GRAPH.json
"""
import json
import sys
import time


class Value:
    __slots__ = ("data", "grad", "_backward", "_prev")

    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = children

    def __add__(self, other):
        out = Value(self.data + other.data, (self, other))

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other))

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def relu(self):
        out = Value(self.data if self.data > 0 else 0.0, (self,))

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        # iterative post-order depth-first search: children before parents
        topo, visited = [], set()
        stack = [(self, False)]
        while stack:
            v, expanded = stack.pop()
            if expanded:
                topo.append(v)
                continue
            if id(v) in visited:
                continue
            visited.add(id(v))
            stack.append((v, True))
            for child in v._prev:
                if id(child) not in visited:
                    stack.append((child, False))
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()


def build(graph):
    """Values for every node, built in an order where arguments come first (Kahn's algorithm)."""
    nodes = graph["nodes"]
    args = {n["id"]: [] for n in nodes}
    users = {n["id"]: [] for n in nodes}
    for e in graph["edges"]:
        args[e["to"]].append(e["from"])
        users[e["from"]].append(e["to"])
    waiting = {i: len(a) for i, a in args.items()}
    ready = [n["id"] for n in nodes if waiting[n["id"]] == 0]
    op = {n["id"]: n["op"] for n in nodes}
    given = {n["id"]: n.get("value", 0.0) for n in nodes}
    value = {}
    while ready:
        i = ready.pop()
        o, a = op[i], [value[j] for j in args[i]]
        if o in ("input", "param", "const"):
            v = Value(float(given[i]))
        elif o == "add":
            v = a[0]
            for x in a[1:]:
                v = v + x
        elif o == "mul":
            v = a[0]
            for x in a[1:]:
                v = v * x
        elif o == "relu":
            v = a[0].relu()
        else:
            sys.exit("micrograd_eval: op '%s' is not supported" % o)
        value[i] = v
        for u in users[i]:
            waiting[u] -= 1
            if waiting[u] == 0:
                ready.append(u)
    return value


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    t0 = time.perf_counter()
    with open(sys.argv[1]) as f:
        graph = json.load(f)
    t1 = time.perf_counter()
    value = build(graph)
    out = value[graph["output"]]
    t2 = time.perf_counter()
    out.backward()
    t3 = time.perf_counter()
    grad_sum = sum(abs(v.grad) for v in value.values())
    print("output %s = %r" % (graph["output"], out.data))
    print("sum |grad| = %r" % grad_sum)
    print("nodes %d, load %.2f s, build + forward %.2f s, backward %.2f s, total %.2f s"
          % (len(value), t1 - t0, t2 - t1, t3 - t2, t3 - t0))


if __name__ == "__main__":
    main()
