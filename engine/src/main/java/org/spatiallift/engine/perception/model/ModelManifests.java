package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds model manifests: a built-in id resolves to {@value #RESOURCE_DIR}ID.json on the class path; anything that
 * ends in ".json" is read as a manifest file. Resolution is deterministic: the same argument always names the same
 * manifest.
 */
public final class ModelManifests {

    /** Class-path folder of the built-in manifests (in the resources module). */
    public static final String RESOURCE_DIR = "/org/spatiallift/resources/models/";

    /** The default object detector. */
    public static final String DEFAULT_DETECTOR = "centernet-mobilenetv3-coco";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelManifests() {
    }

    /** The manifest named by {@code idOrFile}: a built-in id or a path to a manifest JSON. */
    public static ModelManifest resolve(String idOrFile) throws ModelException {
        if (idOrFile.endsWith(".json")) {
            Path file = Path.of(idOrFile);
            if (!Files.isRegularFile(file)) {
                throw new ModelException(file, "model manifest not found", "Give a built-in model id (e.g. "
                        + DEFAULT_DETECTOR + ") or the path of a manifest JSON");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, file);
            } catch (IOException e) {
                throw new ModelException(file, "cannot read the manifest (" + e.getMessage() + ")", "Check the file", e);
            }
        }
        if (!idOrFile.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new ModelException(null, "--model: \"" + idOrFile + "\" is neither a model id nor a .json manifest",
                    "Built-in models: " + DEFAULT_DETECTOR);
        }
        try (InputStream in = ModelManifests.class.getResourceAsStream(RESOURCE_DIR + idOrFile + ".json")) {
            if (in == null) {
                throw new ModelException(null, "--model: no built-in model \"" + idOrFile + "\"",
                        "Built-in models: " + DEFAULT_DETECTOR + "; or give the path of a manifest JSON");
            }
            return parse(in, Path.of(idOrFile + ".json"));
        } catch (IOException e) {
            throw new ModelException(Path.of(idOrFile + ".json"), "cannot read the built-in manifest (" + e.getMessage() + ")",
                    "This is a packaging bug", e);
        }
    }

    static ModelManifest parse(InputStream in, Path where) throws IOException, ModelException {
        JsonNode j = MAPPER.readTree(in);
        try {
            List<ModelFile> files = new ArrayList<>();
            for (JsonNode f : j.path("files")) {
                files.add(new ModelFile(f.path("name").asText(), f.path("source").asText(), f.path("sha256").asText(),
                        f.path("size").asLong()));
            }
            JsonNode shape = j.path("input").path("shape");
            long[] inputShape = new long[shape.size()];
            for (int i = 0; i < inputShape.length; i++) {
                inputShape[i] = shape.get(i).asLong();
            }
            List<String> outputs = new ArrayList<>();
            j.path("outputs").forEach(o -> outputs.add(o.path("name").asText()));
            JsonNode dec = j.path("decoder");
            if (inputShape.length != 4 || files.isEmpty() || outputs.isEmpty()) {
                throw new IllegalArgumentException("needs files, an NHWC input shape of rank 4 and outputs");
            }
            return new ModelManifest(j.path("id").asText(), j.path("role").asText(), j.path("description").asText(),
                    j.path("licence").asText(), j.path("package").asText(null), j.path("format").asText(),
                    j.path("graph").asText(), files, j.path("input").path("name").asText(), inputShape, outputs,
                    dec.path("stride").asInt(4), dec.path("top_k").asInt(100), dec.path("labels").asText(null));
        } catch (IllegalArgumentException e) {
            throw new ModelException(where, "is not a valid model manifest (" + e.getMessage() + ")",
                    "Compare it with " + RESOURCE_DIR + DEFAULT_DETECTOR + ".json", e);
        }
    }
}
