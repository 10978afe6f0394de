package org.spatiallift.engine.onnx;

import java.util.Arrays;

/** A graph input or output ({@code ValueInfoProto}): name, element type and shape; a negative dimension is unknown. */
public record OnnxValueInfo(String name, OnnxDataType type, long[] shape) {

    public OnnxValueInfo {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnnxValueInfo v && name.equals(v.name) && type == v.type && Arrays.equals(shape, v.shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + ":" + type + Arrays.toString(shape);
    }
}
