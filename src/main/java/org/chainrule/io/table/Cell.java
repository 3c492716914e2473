package org.chainrule.io.table;

/** One cell of a table line: its trimmed text and the 1-based column where it starts. */
record Cell(String text, int column) {}
