package org.chainrule.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The node ids of a big graph, numbered in the order they were added, without a {@code String} per id:
 * every id's characters live in one growing byte array, each entry laid out as its index (4 bytes), its
 * length and its bytes, and an open-addressing table of {@code long}s holds the id's hash in the high
 * half and the entry's offset (+1) in the low half. A lookup then touches the table slot and the entry,
 * which sit in two cache lines, where a table of indices into a {@code String[]} touched five (slot,
 * hash, array, String, its bytes). For the million ids of the benchmark file that is 11.9 MB of
 * entries, a 16 MB table and 4 MB of offsets, where the Strings alone took about 48 MB.
 *
 * <p>Characters are written one by one (below 0x80 one byte, below 0x800 two, else three; a surrogate
 * is written alone like any other char), so every {@code String}, even one with a lone surrogate,
 * comes back exactly as it went in, and two different Strings never share bytes.
 */
public final class IdStore {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] data = new byte[1 << 12];
    private int used;
    /** Entry offset of each index. */
    private int[] start = new int[1 << 8];
    private int size;
    /** hash << 32 | (offset + 1); 0 = empty. */
    private long[] table = new long[1 << 9];

    /** The number of ids. */
    public int size() { return size; }

    /**
     * Adds an id under the next index ({@link #size()} before the call).
     *
     * @return that index, or −1 when the id is already there (nothing is added)
     */
    public int add(String id) {
        int h = hash(id);
        int mask = table.length - 1;
        int s = h & mask;
        for (long v; (v = table[s]) != 0; s = (s + 1) & mask) {
            if ((int) (v >>> 32) == h && sameAs((int) v - 1, id)) return -1;
        }
        int off = append(id);
        table[s] = (long) h << 32 | (off + 1L);
        if (size == start.length) start = Arrays.copyOf(start, size * 2);
        start[size] = off;
        size++;
        if (size * 2 > table.length) grow();
        return size - 1;
    }

    /** The index of the id, or −1 when it is not there. */
    public int indexOf(String id) {
        int h = hash(id);
        int mask = table.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            long v = table[s];
            if (v == 0) return -1;
            if ((int) (v >>> 32) == h) {
                int off = (int) v - 1;
                if (sameAs(off, id)) return (int) INT.get(data, off);
            }
        }
    }

    /** The id with index i, as a new String. */
    public String id(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("id " + i + " of " + size);
        long bytes = bytes(start[i]);
        int p = (int) (bytes >>> 32), len = (int) bytes;
        int end = p + len;
        boolean ascii = true;
        for (int q = p; q < end && ascii; q++) ascii = data[q] >= 0;
        if (ascii) return new String(data, p, len, StandardCharsets.ISO_8859_1);
        StringBuilder b = new StringBuilder(len);
        while (p < end) {
            int c = data[p++] & 0xFF;
            if (c < 0x80) {
                b.append((char) c);
            } else if (c < 0xE0) {
                b.append((char) ((c & 0x1F) << 6 | (data[p++] & 0x3F)));
            } else {
                int c2 = data[p++] & 0x3F;
                b.append((char) ((c & 0x0F) << 12 | c2 << 6 | (data[p++] & 0x3F)));
            }
        }
        return b.toString();
    }

    /** Where the bytes of the entry at {@code off} start (high half) and how many there are (low half). */
    private long bytes(int off) {
        int p = off + 4;
        int len = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = data[p++];
            len |= (b & 0x7F) << shift;
            if (b >= 0) break;
        }
        return (long) p << 32 | len;
    }

    /** Whether the entry at {@code off} holds exactly the characters of {@code id}. */
    private boolean sameAs(int off, String id) {
        long bytes = bytes(off);
        int p = (int) (bytes >>> 32), len = (int) bytes;
        int end = p + len;
        int k = id.length();
        if (len < k) return false; // every char takes at least one byte
        for (int q = 0; q < k; q++) {
            char ch = id.charAt(q);
            if (ch < 0x80) {
                if (p == end || data[p++] != ch) return false;
            } else if (ch < 0x800) {
                if (end - p < 2 || data[p++] != (byte) (0xC0 | ch >> 6) || data[p++] != (byte) (0x80 | (ch & 0x3F))) return false;
            } else {
                if (end - p < 3 || data[p++] != (byte) (0xE0 | ch >> 12) || data[p++] != (byte) (0x80 | (ch >> 6 & 0x3F))
                        || data[p++] != (byte) (0x80 | (ch & 0x3F))) return false;
            }
        }
        return p == end;
    }

    /** Writes the entry (index, length, bytes) at the end of the data; its offset. */
    private int append(String id) {
        int k = id.length();
        int len = 0;
        for (int q = 0; q < k; q++) {
            char ch = id.charAt(q);
            len += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
        }
        int need = 4 + 5 + len;
        if (data.length - used < need) {
            long c = Math.max((long) used + need, (long) data.length + (data.length >> 1));
            if (c > Integer.MAX_VALUE - 16) throw new IllegalStateException("too many node ids to keep (" + size + ")");
            data = Arrays.copyOf(data, (int) c);
        }
        int off = used;
        INT.set(data, off, size);
        int p = off + 4;
        for (int rest = len; ; rest >>>= 7) {
            if (rest < 0x80) {
                data[p++] = (byte) rest;
                break;
            }
            data[p++] = (byte) (0x80 | (rest & 0x7F));
        }
        for (int q = 0; q < k; q++) {
            char ch = id.charAt(q);
            if (ch < 0x80) {
                data[p++] = (byte) ch;
            } else if (ch < 0x800) {
                data[p++] = (byte) (0xC0 | ch >> 6);
                data[p++] = (byte) (0x80 | (ch & 0x3F));
            } else {
                data[p++] = (byte) (0xE0 | ch >> 12);
                data[p++] = (byte) (0x80 | (ch >> 6 & 0x3F));
                data[p++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        used = p;
        return off;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long v : old) {
            if (v == 0) continue;
            int s = (int) (v >>> 32) & mask;
            while (table[s] != 0) s = (s + 1) & mask;
            table[s] = v;
        }
    }

    /** Ids like n1, n2, … have neighbouring hash codes; mixing spreads them over the table. */
    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
