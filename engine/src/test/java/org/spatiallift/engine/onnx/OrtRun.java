package org.spatiallift.engine.onnx;

import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** Runs a model built in a test on ONNX Runtime: float inputs by name, float outputs by name (test helper). */
public final class OrtRun {

    private OrtRun() {
    }

    /** A float input: values and shape. */
    public record Input(float[] values, long... shape) {
    }

    public static Map<String, float[]> run(OnnxModel model, Map<String, Input> inputs) throws OrtException {
        OrtEnvironment env = org.spatiallift.engine.perception.runtime.OrtEnvironments.get();
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions();
                OrtSession s = env.createSession(OnnxWriter.toBytes(model), so)) {
            for (var e : inputs.entrySet()) {
                tensors.put(e.getKey(), OnnxTensor.createTensor(env, FloatBuffer.wrap(e.getValue().values()), e.getValue().shape()));
            }
            Map<String, float[]> out = new LinkedHashMap<>();
            try (OrtSession.Result r = s.run(tensors)) {
                for (var e : r) {
                    FloatBuffer b = ((OnnxTensor) e.getValue()).getFloatBuffer();
                    float[] v = new float[b.remaining()];
                    b.get(v);
                    out.put(e.getKey(), v);
                }
            }
            return out;
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }
}
