package org.spatiallift.engine.perception.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model is obtained and run, read from a manifest JSON (see resources/.../models/*.json and
 * docs/decisions/0005): the model is data, so a user adds one by writing a manifest, without code.
 *
 * @param role        what the model does; decides which runner opens it
 * @param packageSpec the npm package the files come from, "npm:NAME@VERSION", or null
 * @param format      "tfjs-graph-model" (converted to ONNX when loaded) or "onnx"
 * @param files       every file the model needs, each with its source, SHA-256 (or null) and size (or −1)
 * @param graphs      the graphs the runtime loads, the first one is the main graph
 * @param decoder     role-specific settings (stride, top_k, labels, mask_threshold, max_length, …) as text
 * @param specSource  where the input/output spec was confirmed (model card, export docs), for people
 * @param revision    the upstream revision the URLs are pinned to, or null when not confirmed
 * @param redirectHosts hosts (or "*.domain" patterns) a download may be redirected to over https besides its own
 *                    origin, e.g. the model hub's file CDN; empty when none ({@link RedirectPolicy})
 * @param origin      the manifest file, or "built-in:ID.json"
 */
public record ModelManifest(String id, ModelRole role, String description, String licence, String packageSpec,
        String format, List<ModelFile> files, List<GraphSpec> graphs, Map<String, String> decoder, String specSource,
        String revision, List<String> redirectHosts, String origin) {

    /** The role of object detectors (kept for callers that compared the role by this constant). */
    public static final ModelRole OBJECT_DETECTOR = ModelRole.OBJECT_DETECTOR;

    public ModelManifest {
        files = List.copyOf(files);
        graphs = List.copyOf(graphs);
        redirectHosts = redirectHosts == null ? List.of() : List.copyOf(redirectHosts);
        decoder = Collections.unmodifiableMap(new TreeMap<>(decoder));
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("model id must be lower-case letters, digits, '.', '_' or '-', got " + id);
        }
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one graph");
        }
    }

    /** The main graph. */
    public GraphSpec mainGraph() {
        return graphs.get(0);
    }

    /** The graph of this part ("vision", "text", "image_encoder", …). */
    public GraphSpec graph(String part) throws ModelException {
        for (GraphSpec g : graphs) {
            if (g.part().equals(part)) {
                return g;
            }
        }
        throw new ModelException(null, "model " + id + " (" + origin + ") has no graph part \"" + part + "\" (parts: "
                + graphs.stream().map(GraphSpec::part).toList() + ")", "Add it to the manifest's \"graphs\"");
    }

    /** The file the runtime loads first (model.json or the .onnx file of the main graph). */
    public String graph() {
        return mainGraph().file();
    }

    /** The main graph's first input name. */
    public String inputName() {
        return mainGraph().inputs().get(0).name();
    }

    /** The main graph's first input shape, e.g. NHWC [1, 512, 512, 3]. */
    public long[] inputShape() {
        return mainGraph().inputs().get(0).shape();
    }

    /** The main graph's output names, in manifest order. */
    public List<String> outputNames() {
        return mainGraph().outputs().stream().map(TensorSpec::name).toList();
    }

    /** Input height in pixels (layout NHWC unless the manifest says otherwise). */
    public int inputHeight() {
        return (int) imageDim('H', 1);
    }

    /** Input width in pixels (layout NHWC unless the manifest says otherwise). */
    public int inputWidth() {
        return (int) imageDim('W', 2);
    }

    private long imageDim(char axis, int nhwcIndex) {
        TensorSpec in = mainGraph().inputs().get(0);
        return in.layout() == null ? in.shape()[nhwcIndex] : in.dim(axis);
    }

    /** Detectors: input pixels per output cell of the heat maps. */
    public int stride() {
        return decoderInt("stride", 4);
    }

    /** Detectors: at most this many peaks. */
    public int topK() {
        return decoderInt("top_k", 100);
    }

    /** Detectors: class-path resource with one class name a line, in output-channel order, or null. */
    public String labelsResource() {
        return decoder.get("labels");
    }

    /** A decoder setting as an integer, or {@code fallback} when absent. */
    public int decoderInt(String key, int fallback) {
        String v = decoder.get(key);
        return v == null ? fallback : Integer.parseInt(v);
    }

    /** A decoder setting as a number, or {@code fallback} when absent. */
    public double decoderDouble(String key, double fallback) {
        String v = decoder.get(key);
        return v == null ? fallback : Double.parseDouble(v);
    }

    /** The file of this name, or null. */
    public ModelFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The npm package name and version ("@vladmandic/human@3.3.6"), or null when the files do not come from npm. */
    public String npmPackage() {
        return packageSpec != null && packageSpec.startsWith("npm:") ? packageSpec.substring(4) : null;
    }

    /** Total size in bytes of the files whose size is known, and whether all are known. */
    public long knownSizeBytes() {
        return files.stream().mapToLong(f -> Math.max(0, f.sizeBytes())).sum();
    }
}
