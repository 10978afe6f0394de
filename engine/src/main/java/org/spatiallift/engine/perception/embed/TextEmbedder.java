package org.spatiallift.engine.perception.embed;

import java.nio.LongBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.runtime.FloatMaps;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.runtime.OrtGraph;
import org.spatiallift.engine.perception.runtime.PhaseTimings;
import org.spatiallift.engine.perception.text.HfTokenizer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Sentence embeddings (role text_embedding, e.g. all-MiniLM-L6-v2): the ids of the model's tokenizer.json (run by the
 * reference implementation, {@link HfTokenizer}; WordPiece for MiniLM) [1, L] (plus attention_mask of
 * ones and token_type_ids of zeros where the model takes them) → last_hidden_state [1, L, D] → mean pooling over the
 * tokens, e = (1/L) Σ_t h_t, then L2 normalisation e / ‖e‖₂ (as sentence-transformers does). {@link AutoCloseable},
 * not thread-safe.
 */
public final class TextEmbedder implements AutoCloseable {

    private final ModelManifest manifest;
    private final OrtGraph graph;
    private final HfTokenizer tokenizer;

    private TextEmbedder(ModelManifest manifest, OrtGraph graph, HfTokenizer tokenizer) {
        this.manifest = manifest;
        this.graph = graph;
        this.tokenizer = tokenizer;
    }

    public static TextEmbedder open(LocatedModel model, InferenceOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (m.role() != ModelRole.TEXT_EMBEDDING) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is a " + m.role() + ", not a text_embedding model",
                    "Choose a text embedding model (bin/spatiallift models list)");
        }
        String tok = m.decoder().getOrDefault("tokenizer", "tokenizer.json");
        HfTokenizer tokenizer = HfTokenizer.open(model.file(tok), m.decoderInt("max_length", 128));
        try {
            return new TextEmbedder(m, OrtGraph.open(model, m.mainGraph(), options), tokenizer);
        } catch (ModelException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** The unit-length embedding of {@code text}. */
    public Embedding embed(String text) throws ModelException {
        long t0 = System.nanoTime();
        long[] ids = tokenizer.encode(text);
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> in = new LinkedHashMap<>();
        long t1;
        long t2;
        float[] hidden;
        long[] hShape;
        try {
            in.put(manifest.inputName(), OnnxTensor.createTensor(graph.env(), LongBuffer.wrap(ids), shape));
            if (graph.inputNames().contains("attention_mask")) {
                long[] ones = new long[ids.length];
                java.util.Arrays.fill(ones, 1);
                in.put("attention_mask", OnnxTensor.createTensor(graph.env(), LongBuffer.wrap(ones), shape));
            }
            if (graph.inputNames().contains("token_type_ids")) {
                in.put("token_type_ids", OnnxTensor.createTensor(graph.env(), LongBuffer.wrap(new long[ids.length]), shape));
            }
            t1 = System.nanoTime();
            try (OrtSession.Result r = graph.run(in)) {
                t2 = System.nanoTime();
                String out = manifest.outputNames().get(0);
                hidden = graph.floats(r, out);
                hShape = OrtGraph.shape(r, out);
            }
        } catch (OrtException e) {
            throw new ModelException(graph.file(), "cannot make the input tensors (" + e.getMessage() + ")", "Report this", e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
        int len = (int) hShape[1];
        int dim = (int) hShape[2];
        float[] mean = new float[dim];
        for (int t = 0; t < len; t++) {
            for (int d = 0; d < dim; d++) {
                mean[d] += hidden[t * dim + d] / len;
            }
        }
        float[] unit = FloatMaps.l2Normalise(mean);
        return new Embedding(unit, PhaseTimings.of(t0, t1, t2, System.nanoTime()), graph.provenance());
    }

    public HfTokenizer tokenizer() {
        return tokenizer;
    }

    @Override
    public void close() {
        try {
            graph.close();
        } finally {
            tokenizer.close();
        }
    }
}
