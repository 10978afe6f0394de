package org.spatiallift.engine.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A constant tensor (initializer or attribute value): row-major elements stored as fixed-width little-endian
 * {@code raw_data}, as onnx.proto requires for that field.
 */
public record OnnxTensor(String name, OnnxDataType type, long[] dims, byte[] rawData) {

    public OnnxTensor {
        dims = dims.clone();
        long n = elementCount(dims);
        if (n * type.bytesPerElement() != rawData.length) {
            throw new IllegalArgumentException("tensor " + name + ": " + rawData.length + " bytes for shape "
                    + Arrays.toString(dims) + " of " + type);
        }
    }

    public static OnnxTensor floats(String name, long[] dims, float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.FLOAT, dims, b.array());
    }

    public static OnnxTensor int64s(String name, long[] dims, long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.INT64, dims, b.array());
    }

    public static OnnxTensor int32s(String name, long[] dims, int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.INT32, dims, b.array());
    }

    /** A rank-1 int64 tensor, the form shape and axes inputs take. */
    public static OnnxTensor int64Vector(String name, long... values) {
        return int64s(name, new long[] {values.length}, values);
    }

    /** A scalar (rank-0) float tensor. */
    public static OnnxTensor floatScalar(String name, float value) {
        return floats(name, new long[0], value);
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    /** The product of the dimensions (1 for a scalar). */
    public static long elementCount(long[] dims) {
        long n = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("a constant tensor needs known dimensions, got " + Arrays.toString(dims));
            }
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnnxTensor t && name.equals(t.name) && type == t.type && Arrays.equals(dims, t.dims)
                && Arrays.equals(rawData, t.rawData);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "OnnxTensor[" + name + ", " + type + ", " + Arrays.toString(dims) + "]";
    }
}
