package org.spatiallift.engine.tfjs;

import java.util.Arrays;

/**
 * A constant of a TF.js graph model, decoded from the weight shards to float32 or int32 (row-major, TF layout:
 * convolution kernels are [kh, kw, in, out], depthwise kernels [kh, kw, in, multiplier]).
 */
public record TfjsWeight(String name, long[] shape, float[] floats, int[] ints) {

    public TfjsWeight {
        shape = shape.clone();
        if ((floats == null) == (ints == null)) {
            throw new IllegalArgumentException(name + ": a weight holds either floats or ints");
        }
        long n = elementCount(shape);
        int have = floats != null ? floats.length : ints.length;
        if (have != n) {
            throw new IllegalArgumentException(name + ": " + have + " values for shape " + Arrays.toString(shape));
        }
    }

    public static TfjsWeight ofFloats(String name, long[] shape, float... values) {
        return new TfjsWeight(name, shape, values, null);
    }

    public static TfjsWeight ofInts(String name, long[] shape, int... values) {
        return new TfjsWeight(name, shape, null, values);
    }

    public boolean isFloat() {
        return floats != null;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The values as longs (ints as they are, floats truncated), for shape and axis constants. */
    public long[] asLongs() {
        long[] v = new long[isFloat() ? floats.length : ints.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = isFloat() ? (long) floats[i] : ints[i];
        }
        return v;
    }

    static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TfjsWeight w && name.equals(w.name) && Arrays.equals(shape, w.shape)
                && Arrays.equals(floats, w.floats) && Arrays.equals(ints, w.ints);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "TfjsWeight[" + name + ", " + (isFloat() ? "float32" : "int32") + Arrays.toString(shape) + "]";
    }
}
