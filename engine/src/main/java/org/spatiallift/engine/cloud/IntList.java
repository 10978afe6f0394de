package org.spatiallift.engine.cloud;

import java.util.Arrays;

/** A growable list of primitive ints (no boxing), for neighbour queries and index sets. */
public final class IntList {

    private int[] items;
    private int size;

    public IntList() {
        this(16);
    }

    public IntList(int initialCapacity) {
        items = new int[Math.max(1, initialCapacity)];
    }

    public void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of a list of " + size);
        }
        return items[i];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** A copy of the items, exactly {@link #size()} long. */
    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
