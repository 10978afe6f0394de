package org.spatiallift.engine.onnx;

/** The ONNX element types SpatialLift writes ({@code TensorProto.DataType} numbers from onnx.proto). */
public enum OnnxDataType {
    FLOAT(1, 4),
    UINT8(2, 1),
    INT32(6, 4),
    INT64(7, 8),
    BOOL(9, 1);

    private final int code;
    private final int bytes;

    OnnxDataType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The {@code TensorProto.DataType} number. */
    public int code() {
        return code;
    }

    /** Bytes per element in {@code raw_data}. */
    public int bytesPerElement() {
        return bytes;
    }
}
