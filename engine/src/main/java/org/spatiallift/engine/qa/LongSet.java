package org.spatiallift.engine.qa;

import java.util.Arrays;

/** A small open-addressing set of longs (no boxing); 0 is stored as a flag. */
final class LongSet {

    private long[] slots = new long[64];
    private int size;
    private boolean hasZero;

    /** Adds {@code v}; false when it was already there. */
    boolean add(long v) {
        if (v == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        hasZero = false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }
}
