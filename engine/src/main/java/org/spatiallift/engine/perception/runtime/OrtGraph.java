package org.spatiallift.engine.perception.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.model.GraphSpec;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.TensorSpec;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * One graph of a located model in an ONNX Runtime session (CPU). On opening it checks the model file against the
 * manifest: every declared input and output exists, and every fixed dimension the manifest gives matches the file's
 * (else a {@link ModelException} naming the file, the tensor and both shapes). {@link #finite} refuses NaN and
 * infinite outputs with the file named. {@link AutoCloseable}; not thread-safe.
 */
public final class OrtGraph implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrtGraph.class);

    private final LocatedModel model;
    private final GraphSpec spec;
    private final Path file;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final Map<String, String> options;

    private OrtGraph(LocatedModel model, GraphSpec spec, Path file, OrtEnvironment env, OrtSession session,
            Map<String, String> options) {
        this.model = model;
        this.spec = spec;
        this.file = file;
        this.env = env;
        this.session = session;
        this.options = options;
    }

    /** Opens the graph {@code spec} of {@code model}. */
    public static OrtGraph open(LocatedModel model, GraphSpec spec, InferenceOptions opts) throws ModelException {
        Path file = model.file(spec.file());
        String id = model.manifest().id();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(file, "cannot read the model file (" + e.getMessage() + ")", reinstall(model), e)
                    .advise(ModelStore.installAdvice(model.manifest()));
        }
        OrtEnvironment env = OrtEnvironments.get();
        Map<String, String> used = new LinkedHashMap<>();
        OrtSession session;
        long t0 = System.nanoTime();
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setOptimizationLevel(switch (opts.optimisation()) {
                case NONE -> OrtSession.SessionOptions.OptLevel.NO_OPT;
                case BASIC -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
                case EXTENDED -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
                case ALL -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
            });
            so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            so.setIntraOpNumThreads(opts.threads());
            used.put("execution_provider", "CPU");
            used.put("graph_optimization", opts.optimisation().name());
            used.put("execution_mode", "SEQUENTIAL");
            used.put("intra_op_threads", Integer.toString(opts.threads()));
            session = env.createSession(bytes, so);
        } catch (OrtException e) {
            throw new ModelException(file, "model " + id + ": ONNX Runtime cannot load this file as an ONNX model ("
                    + firstLine(e.getMessage()) + ")", "The file is damaged or not an ONNX model: " + reinstall(model), e)
                    .advise(ModelStore.installAdvice(model.manifest()));
        }
        try {
            check(model, spec, file, session);
        } catch (ModelException | RuntimeException e) {
            closeQuietly(session, id);
            throw e;
        }
        LOG.info("{}: {} ({}) opened in {} ms, onnxruntime {}", id, spec.part(), file.getFileName(),
                Math.round((System.nanoTime() - t0) / 1e6), env.getVersion());
        return new OrtGraph(model, spec, file, env, session, used);
    }

    private static void check(LocatedModel model, GraphSpec spec, Path file, OrtSession session) throws ModelException {
        try {
            Map<String, NodeInfo> ins = session.getInputInfo();
            Map<String, NodeInfo> outs = session.getOutputInfo();
            for (TensorSpec t : spec.inputs()) {
                compare(model, file, "input", t, ins);
            }
            for (TensorSpec t : spec.outputs()) {
                compare(model, file, "output", t, outs);
            }
        } catch (OrtException e) {
            throw new ModelException(file, "cannot read the model's inputs and outputs (" + e.getMessage() + ")",
                    reinstall(model), e)
                    .advise(ModelStore.installAdvice(model.manifest()));
        }
    }

    private static void compare(LocatedModel model, Path file, String kind, TensorSpec t, Map<String, NodeInfo> found)
            throws ModelException {
        NodeInfo info = found.get(t.name());
        if (info == null || !(info.getInfo() instanceof TensorInfo ti)) {
            throw new ModelException(file, "model " + model.manifest().id() + " has no " + kind + " \"" + t.name()
                    + "\" (its " + kind + "s: " + found.keySet() + ")", "The file is not the model the manifest "
                    + model.manifest().origin() + " describes: fix the manifest's names or install the right file");
        }
        long[] actual = ti.getShape();
        long[] declared = t.shape();
        boolean mismatch = declared.length > 0 && actual.length != declared.length;
        for (int i = 0; !mismatch && i < declared.length; i++) {
            mismatch = declared[i] > 0 && actual[i] > 0 && declared[i] != actual[i];
        }
        if (mismatch) {
            throw new ModelException(file, "model " + model.manifest().id() + ": " + kind + " \"" + t.name()
                    + "\" has shape " + Arrays.toString(actual) + " in the file but the manifest " + model.manifest().origin()
                    + " says " + Arrays.toString(declared) + " (-1 = any)", "Install the model the manifest describes, or"
                    + " correct the manifest's shape");
        }
    }

    /** Runs the graph; the caller closes the result. */
    public OrtSession.Result run(Map<String, ? extends OnnxTensor> inputs) throws ModelException {
        try {
            return session.run(inputs);
        } catch (OrtException e) {
            throw new ModelException(file, "model " + model.manifest().id() + ": ONNX Runtime failed to run "
                    + spec.part() + " (" + firstLine(e.getMessage()) + ")", "Check that the input matches the manifest;"
                    + " if it does, report this with the log", e);
        }
    }

    /** Float output values, refusing NaN and infinities with the model file named. */
    public float[] floats(OrtSession.Result result, String output) throws ModelException {
        OnnxValue v = result.get(output).orElseThrow(() -> new ModelException(file, "model " + model.manifest().id()
                + " returned no output \"" + output + "\"", "Check the manifest's output names"));
        if (!(v instanceof OnnxTensor t) || t.getInfo().type != ai.onnxruntime.OnnxJavaType.FLOAT) {
            throw new ModelException(file, "output \"" + output + "\" is not a float tensor", "Check the manifest");
        }
        java.nio.FloatBuffer b = t.getFloatBuffer();
        float[] out = new float[b.remaining()];
        b.get(out);
        return finite(out, output);
    }

    /** The shape of a result's output. */
    public static long[] shape(OrtSession.Result result, String output) {
        return result.get(output).map(v -> ((TensorInfo) v.getInfo()).getShape()).orElse(new long[0]);
    }

    /** {@code values} unchanged, or an error naming the file when any is NaN or infinite. */
    public float[] finite(float[] values, String output) throws ModelException {
        int bad = 0;
        int first = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                bad++;
                first = first < 0 ? i : first;
            }
        }
        if (bad > 0) {
            throw new ModelException(file, "model " + model.manifest().id() + ": output \"" + output + "\" has " + bad
                    + " NaN or infinite values of " + values.length + " (first at index " + first + "); no result was made",
                    "The model file is damaged or does not match the manifest's input normalisation: " + reinstall(model))
                    .advise(ModelStore.installAdvice(model.manifest()));
        }
        return values;
    }

    /** The shape the model file declares for input {@code name} (−1 for dynamic dimensions), or null if it has none. */
    public long[] fileInputShape(String name) throws ModelException {
        try {
            NodeInfo info = session.getInputInfo().get(name);
            return info != null && info.getInfo() instanceof TensorInfo ti ? ti.getShape() : null;
        } catch (OrtException e) {
            throw new ModelException(file, "cannot read the model's inputs (" + e.getMessage() + ")", reinstall(model), e)
                    .advise(ModelStore.installAdvice(model.manifest()));
        }
    }

    /** The input names the model file declares (the manifest may list only the main one). */
    public java.util.Set<String> inputNames() {
        return session.getInputNames();
    }

    public OrtEnvironment env() {
        return env;
    }

    public GraphSpec spec() {
        return spec;
    }

    public Path file() {
        return file;
    }

    /** Model id, SHA-256 of all the model's files and of this graph, runtime and version, session options. */
    public ModelProvenance provenance() {
        return new ModelProvenance(model.manifest().id(), model.sha256(), model.sha256().get(spec.file()), "onnxruntime",
                env.getVersion(), options);
    }

    private static String reinstall(LocatedModel model) {
        return "reinstall it with bin/spatiallift models install " + model.manifest().id();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static void closeQuietly(OrtSession s, String id) {
        try {
            s.close();
        } catch (OrtException e) {
            LOG.warn("closing the session of {} failed: {}", id, e.getMessage());
        }
    }

    @Override
    public void close() {
        closeQuietly(session, model.manifest().id());
    }
}
