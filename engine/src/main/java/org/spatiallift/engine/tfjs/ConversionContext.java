package org.spatiallift.engine.tfjs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxGraphBuilder;
import org.spatiallift.engine.onnx.OnnxTensor;

/**
 * State of one conversion: the ONNX graph being built, the converted value of every TF tensor seen so far, and the
 * layout changes already emitted (so a tensor is transposed at most once each way).
 */
final class ConversionContext {

    /** NHWC → NCHW. */
    static final long[] TO_NCHW = {0, 3, 1, 2};
    /** NCHW → NHWC. */
    static final long[] TO_NHWC = {0, 2, 3, 1};

    private final OnnxGraphBuilder builder;
    private final TfjsGraph graph;
    private final Map<String, TfValue> values = new HashMap<>();
    private final Map<String, TfValue> relaid = new HashMap<>();
    private final Map<String, String> scalars = new HashMap<>();

    ConversionContext(OnnxGraphBuilder builder, TfjsGraph graph) {
        this.builder = builder;
        this.graph = graph;
    }

    OnnxGraphBuilder builder() {
        return builder;
    }

    TfjsGraph graph() {
        return graph;
    }

    void put(String tfRef, TfValue value) {
        values.put(tfRef, value);
    }

    /** The converted value of a TF input reference ("name" or "name:k"). */
    TfValue value(String tfRef) throws TfjsConversionException {
        TfValue v = values.get(normalise(tfRef));
        if (v == null) {
            throw new TfjsConversionException("tensor " + tfRef + " was not converted before its use");
        }
        return v;
    }

    /** The constant value of a TF input reference, or an error naming what needed it. */
    TfjsWeight constant(String tfRef, String what) throws TfjsConversionException {
        TfValue v = value(tfRef);
        if (!v.isConstant()) {
            throw new TfjsConversionException(what + " must be a constant, but " + tfRef + " is computed");
        }
        return v.constant();
    }

    /** {@code ref} with the default output index dropped: "a:0" → "a". */
    static String normalise(String tfRef) {
        return tfRef.endsWith(":0") ? tfRef.substring(0, tfRef.length() - 2) : tfRef;
    }

    /** The value laid out channels-first (a 4-D value only); emits one Transpose the first time. */
    TfValue nchw(TfValue v) throws TfjsConversionException {
        if (v.layout() == Layout.NCHW) {
            return v;
        }
        if (v.rank() != 4) {
            throw new TfjsConversionException("value " + v.onnxName() + " of rank " + v.rank() + " cannot be channels-first");
        }
        return relaid.computeIfAbsent(v.onnxName() + "->nchw", k -> new TfValue(
                builder.op("Transpose", List.of(materialise(v)), OnnxAttribute.ints("perm", TO_NCHW)),
                Layout.NCHW, v.tfShape(), v.type(), null));
    }

    /** The value in TF layout; emits one Transpose the first time for a channels-first value. */
    TfValue tf(TfValue v) {
        if (v.layout() == Layout.TF) {
            return v;
        }
        return relaid.computeIfAbsent(v.onnxName() + "->tf", k -> new TfValue(
                builder.op("Transpose", List.of(v.onnxName()), OnnxAttribute.ints("perm", TO_NHWC)),
                Layout.TF, v.tfShape(), v.type(), null));
    }

    /** The ONNX name of the value, adding its constant as an initializer (in TF layout) on first use. */
    String materialise(TfValue v) {
        if (v.isConstant() && !builder.isDefined(v.onnxName())) {
            builder.initializer(tensor(v.onnxName(), v.constant()));
        }
        return v.onnxName();
    }

    /** A shared scalar float initializer (e.g. the bounds of Clip). */
    String scalar(float value) {
        return scalars.computeIfAbsent("f" + value, k ->
                builder.initializer(OnnxTensor.floatScalar(builder.fresh("const_" + value), value)));
    }

    /** A new int64 vector initializer (shapes, axes, sizes). */
    String int64s(String hint, long... values) {
        return builder.initializer(OnnxTensor.int64Vector(builder.fresh(hint), values));
    }

    static OnnxTensor tensor(String name, TfjsWeight w) {
        return w.isFloat() ? OnnxTensor.floats(name, w.shape(), w.floats()) : OnnxTensor.int32s(name, w.shape(), w.ints());
    }

    static OnnxDataType typeOf(TfjsWeight w) {
        return w.isFloat() ? OnnxDataType.FLOAT : OnnxDataType.INT32;
    }
}
