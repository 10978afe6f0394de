package org.spatiallift.engine.onnx;

import java.util.Arrays;
import java.util.Objects;

/**
 * A node attribute: exactly one of a float, an int, a string, a tensor, a list of floats or a list of ints
 * ({@code AttributeProto}; {@code kind} is its {@code AttributeType} number).
 */
public record OnnxAttribute(String name, Kind kind, float f, long i, String s, OnnxTensor t, float[] floats, long[] ints) {

    /** {@code AttributeProto.AttributeType} numbers from onnx.proto. */
    public enum Kind {
        FLOAT(1), INT(2), STRING(3), TENSOR(4), FLOATS(6), INTS(7);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public static OnnxAttribute of(String name, float value) {
        return new OnnxAttribute(name, Kind.FLOAT, value, 0, null, null, null, null);
    }

    public static OnnxAttribute of(String name, long value) {
        return new OnnxAttribute(name, Kind.INT, 0, value, null, null, null, null);
    }

    public static OnnxAttribute of(String name, String value) {
        return new OnnxAttribute(name, Kind.STRING, 0, 0, value, null, null, null);
    }

    public static OnnxAttribute of(String name, OnnxTensor value) {
        return new OnnxAttribute(name, Kind.TENSOR, 0, 0, null, value, null, null);
    }

    public static OnnxAttribute floats(String name, float... values) {
        return new OnnxAttribute(name, Kind.FLOATS, 0, 0, null, null, values.clone(), null);
    }

    public static OnnxAttribute ints(String name, long... values) {
        return new OnnxAttribute(name, Kind.INTS, 0, 0, null, null, null, values.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnnxAttribute a && name.equals(a.name) && kind == a.kind && Float.compare(f, a.f) == 0
                && i == a.i && Objects.equals(s, a.s) && Objects.equals(t, a.t)
                && Arrays.equals(floats, a.floats) && Arrays.equals(ints, a.ints);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        String v = switch (kind) {
            case FLOAT -> Float.toString(f);
            case INT -> Long.toString(i);
            case STRING -> s;
            case TENSOR -> String.valueOf(t);
            case FLOATS -> Arrays.toString(floats);
            case INTS -> Arrays.toString(ints);
        };
        return name + "=" + v;
    }
}
