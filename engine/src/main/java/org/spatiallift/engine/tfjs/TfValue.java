package org.spatiallift.engine.tfjs;

import org.spatiallift.engine.onnx.OnnxDataType;

/**
 * A TF tensor as converted so far: the ONNX value that holds it, its layout there, its shape in TF axis order
 * (always NHWC for images, whatever the layout), its element type, and its constant value when it is a Const.
 */
record TfValue(String onnxName, Layout layout, long[] tfShape, OnnxDataType type, TfjsWeight constant) {

    TfValue {
        tfShape = tfShape.clone();
    }

    int rank() {
        return tfShape.length;
    }

    boolean isConstant() {
        return constant != null;
    }

    @Override
    public long[] tfShape() {
        return tfShape.clone();
    }
}
