package org.spatiallift.engine.tfjs;

/**
 * How a converted value is laid out in the ONNX graph. TensorFlow works in NHWC; ONNX convolutions in NCHW. A 4-D
 * value marked {@link #NCHW} holds the TF tensor with axes permuted (n, h, w, c) → (n, c, h, w).
 */
enum Layout {
    /** As in the TF graph. */
    TF,
    /** A 4-D NHWC tensor stored channels-first. */
    NCHW;

    /** TF axis of a 4-D NHWC tensor → its axis in NCHW: n→0, h→2, w→3, c→1. */
    static int nchwAxis(int tfAxis) {
        return switch (tfAxis) {
            case 0 -> 0;
            case 1 -> 2;
            case 2 -> 3;
            case 3 -> 1;
            default -> throw new IllegalArgumentException("axis " + tfAxis + " of a 4-D tensor");
        };
    }
}
