package org.chainrule.io.table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked adjacency table: the column names in order, and the rows that were given, each with one
 * number per column. Entry (i, k) ≠ 0 is an edge i → k of that weight; a missing row has no edges.
 */
public final class AdjacencyTable {
    private final List<String> names;
    private final Map<String, double[]> rows;

    AdjacencyTable(List<String> names, Map<String, double[]> rows) {
        this.names = List.copyOf(names);
        this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** The column names, which are also the node ids, in header order. */
    public List<String> names() { return names; }

    /** The rows given, in file order; each array holds one entry per column. */
    public Map<String, double[]> rows() { return rows; }

    /** Number of non-zero entries, i.e. of edges. */
    public int edgeCount() {
        int n = 0;
        for (double[] row : rows.values()) for (double v : row) if (v != 0) n++;
        return n;
    }
}
