package org.spatiallift.engine.perception.caption;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.model.GraphSpec;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.TensorSpec;
import org.spatiallift.engine.perception.runtime.ImageTensors;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.runtime.OrtGraph;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * An encoder–decoder image captioner (role captioner; graphs "encoder" and "decoder"), e.g. ViT + GPT-2
 * (nlpconnect/vit-gpt2-image-captioning in its Transformers.js ONNX export). The encoder runs once on pixel_values
 * [1, 3, H, W] (the manifest's resize and normalisation; ViT: stretch to 224 × 224, (p/255 − 0.5)/0.5) and gives
 * last_hidden_state [1, S, D]. Then <b>greedy decoding</b>: starting from ids = [bos], the decoder (the plain one,
 * without past key values: every step recomputes the whole prefix) maps input_ids [1, t] and encoder_hidden_states
 * to logits [1, t, V]; the next id is argmax_v logits[t − 1, v]; decoding stops at eos or after {@code max_tokens}
 * new ids (decoder settings bos_id, eos_id, max_tokens; default 20). The ids become text through GPT-2's byte-level
 * vocabulary ({@link Gpt2Detokenizer}). NaN or infinite logits, and logits of the wrong shape, stop with an error
 * naming the decoder file. {@link AutoCloseable}, not thread-safe.
 */
public final class ImageCaptioner implements AutoCloseable {

    private final ModelManifest manifest;
    private final OrtGraph encoder;
    private final OrtGraph decoder;
    private final Gpt2Detokenizer vocabulary;
    private final TensorSpec pixels;
    private final String idsInput;
    private final String hiddenInput;
    private final int bos;
    private final int eos;
    private final int maxTokens;

    private ImageCaptioner(ModelManifest manifest, OrtGraph encoder, OrtGraph decoder, Gpt2Detokenizer vocabulary) {
        this.manifest = manifest;
        this.encoder = encoder;
        this.decoder = decoder;
        this.vocabulary = vocabulary;
        this.pixels = encoder.spec().inputs().get(0);
        this.idsInput = decoder.spec().inputs().get(0).name();
        this.hiddenInput = decoder.spec().inputs().get(1).name();
        this.bos = manifest.decoderInt("bos_id", 50256);
        this.eos = manifest.decoderInt("eos_id", 50256);
        this.maxTokens = manifest.decoderInt("max_tokens", manifest.decoderInt("max_length", 20));
    }

    /** Opens the encoder, the decoder and the vocabulary of a captioner. */
    public static ImageCaptioner open(LocatedModel model, InferenceOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (m.role() != ModelRole.CAPTIONER) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is a " + m.role() + ", not a captioner",
                    "Choose an image captioning model (bin/spatiallift models list)");
        }
        GraphSpec enc = m.graph("encoder");
        GraphSpec dec = m.graph("decoder");
        TensorSpec px = enc.inputs().get(0);
        if (px.shape().length != 4 || px.dim('H') <= 0 || px.dim('W') <= 0) {
            throw new ModelException(model.file(enc.file()), "model " + m.id() + ": the encoder input needs a fixed NCHW"
                    + " size, the manifest " + m.origin() + " says " + px, "Give the size and layout NCHW in the manifest");
        }
        if (dec.inputs().size() != 2) {
            throw new ModelException(model.file(dec.file()), "model " + m.id() + ": the decoder must take input_ids and"
                    + " encoder_hidden_states, the manifest " + m.origin() + " lists " + dec.inputs(),
                    "List exactly those two decoder inputs (the decoder without past key values)");
        }
        String vocabName = m.decoder().getOrDefault("vocab", "vocab.json");
        if (m.file(vocabName) == null) {
            throw new ModelException(model.file(vocabName), "model " + m.id() + " (" + m.origin() + ") lists no "
                    + vocabName + " among its files", "Add the GPT-2 vocab.json of the model to the manifest's \"files\"");
        }
        Gpt2Detokenizer vocabulary = Gpt2Detokenizer.read(model.file(vocabName));
        OrtGraph e = OrtGraph.open(model, enc, options);
        OrtGraph d;
        try {
            d = OrtGraph.open(model, dec, options);
        } catch (ModelException ex) {
            e.close();
            throw ex;
        }
        Set<String> extra = new HashSet<>(d.inputNames());
        dec.inputs().forEach(t -> extra.remove(t.name()));
        if (!extra.isEmpty()) {
            e.close();
            d.close();
            throw new ModelException(d.file(), "model " + m.id() + ": the decoder also takes " + extra + ", which"
                    + " SpatialLift does not feed (a merged decoder or one with past key values?)",
                    "Install decoder_model.onnx, the export without past key values");
        }
        return new ImageCaptioner(m, e, d, vocabulary);
    }

    /** The caption of {@code image}. */
    public Caption caption(ColorImage image) throws ModelException {
        long t0 = System.nanoTime();
        int w = (int) pixels.dim('W');
        int h = (int) pixels.dim('H');
        float[] x = ImageTensors.nchw(image, w, h, pixels.resize(), pixels.normalisation());
        long pre = System.nanoTime() - t0;
        long inference = 0;
        long post = 0;
        List<Integer> generated = new ArrayList<>();
        boolean reachedEnd = false;
        try {
            long t1 = System.nanoTime();
            float[] hidden;
            long[] hiddenShape;
            String out = encoder.spec().outputs().get(0).name();
            try (OnnxTensor in = OnnxTensor.createTensor(encoder.env(), FloatBuffer.wrap(x), new long[] {1, 3, h, w});
                    OrtSession.Result r = encoder.run(Map.of(pixels.name(), in))) {
                hidden = encoder.floats(r, out);
                hiddenShape = OrtGraph.shape(r, out);
            }
            inference += System.nanoTime() - t1;
            if (hiddenShape.length != 3) {
                throw new ModelException(encoder.file(), "model " + manifest.id() + ": encoder output \"" + out + "\" has shape "
                        + Arrays.toString(hiddenShape) + ", expected [1, tokens, width]", "Install the encoder the manifest describes");
            }
            try (OnnxTensor states = OnnxTensor.createTensor(decoder.env(), FloatBuffer.wrap(hidden), hiddenShape)) {
                while (generated.size() < maxTokens) {
                    long s0 = System.nanoTime();
                    long[] ids = new long[generated.size() + 1];
                    ids[0] = bos;
                    for (int i = 0; i < generated.size(); i++) {
                        ids[i + 1] = generated.get(i);
                    }
                    int next;
                    try (OnnxTensor idsTensor = OnnxTensor.createTensor(decoder.env(), LongBuffer.wrap(ids), new long[] {1, ids.length})) {
                        long s1 = System.nanoTime();
                        try (OrtSession.Result r = decoder.run(Map.of(idsInput, idsTensor, hiddenInput, states))) {
                            long s2 = System.nanoTime();
                            next = nextId(r, ids.length);
                            post += System.nanoTime() - s2;
                            inference += s2 - s1;
                        }
                        pre += s1 - s0;
                    }
                    if (next == eos) {
                        reachedEnd = true;
                        break;
                    }
                    generated.add(next);
                }
            }
        } catch (OrtException e) {
            throw new ModelException(decoder.file(), "cannot make the input tensors (" + e.getMessage() + ")", "Report this", e);
        }
        long t2 = System.nanoTime();
        int[] tokens = generated.stream().mapToInt(Integer::intValue).toArray();
        String text = vocabulary.decode(tokens, new HashSet<>(List.of(bos, eos)));
        post += System.nanoTime() - t2;
        return new Caption(text, tokens, reachedEnd, new PhaseTimings(pre / 1e6, inference / 1e6, post / 1e6), provenance());
    }

    /** argmax over the vocabulary of the last position's logits [1, t, V]. */
    private int nextId(OrtSession.Result r, int length) throws ModelException {
        String out = decoder.spec().outputs().get(0).name();
        float[] logits = decoder.floats(r, out);
        long[] shape = OrtGraph.shape(r, out);
        if (shape.length != 3 || shape[0] != 1 || shape[1] != length || shape[2] < 1 || shape[1] * shape[2] != logits.length) {
            throw new ModelException(decoder.file(), "model " + manifest.id() + ": decoder output \"" + out + "\" has shape "
                    + Arrays.toString(shape) + " for " + length + " input ids, expected [1, " + length + ", vocabulary]",
                    "Install the decoder the manifest " + manifest.origin() + " describes (decoder_model.onnx)");
        }
        int v = (int) shape[2];
        int base = (length - 1) * v;
        int best = 0;
        for (int k = 1; k < v; k++) {
            if (logits[base + k] > logits[base + best]) {
                best = k;
            }
        }
        return best;
    }

    /** The encoder's provenance (the file hashes cover every file of the model). */
    public ModelProvenance provenance() {
        return encoder.provenance();
    }

    public ModelManifest manifest() {
        return manifest;
    }

    @Override
    public void close() {
        encoder.close();
        decoder.close();
    }
}
