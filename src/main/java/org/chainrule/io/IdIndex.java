package org.chainrule.io;

/**
 * Node id → index for big files: open addressing over {@code int[]}s, the ids themselves kept by the
 * caller. A {@code HashMap<String, Integer>} of a million entries costs about 50 MB more (an entry and
 * a boxed integer per node). Each slot also keeps the id's hash, so a probe past a different id costs
 * no trip to the id's String (with 3.5 million lookups, those cache misses took about a second).
 */
final class IdIndex {
    private String[] ids = new String[0];
    private int[] slots = new int[1 << 10];  // index + 1, 0 = empty
    private int[] hashes = new int[1 << 10];
    private int size;

    /** Uses {@code ids} (growing as the caller adds) as the keys; call after every change of the array. */
    void keys(String[] ids) { this.ids = ids; }

    /** The index of the id, or −1. */
    int get(String id) {
        int h = spread(id.hashCode());
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) return -1;
            if (hashes[s] == h && ids[v - 1].equals(id)) return v - 1;
        }
    }

    /** Records that {@code ids[index]} is at {@code index}; returns false if that id was already there. */
    boolean put(int index) {
        if ((size + 1) * 2 > slots.length) grow();
        String id = ids[index];
        int h = spread(id.hashCode());
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                slots[s] = index + 1;
                hashes[s] = h;
                size++;
                return true;
            }
            if (hashes[s] == h && ids[v - 1].equals(id)) return false;
        }
    }

    private void grow() {
        int[] oldSlots = slots, oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int o = 0; o < oldSlots.length; o++) {
            if (oldSlots[o] == 0) continue;
            int s = oldHashes[o] & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = oldSlots[o];
            hashes[s] = oldHashes[o];
        }
    }

    /** Ids like n1, n2, … have neighbouring hash codes; mixing spreads them over the table. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
