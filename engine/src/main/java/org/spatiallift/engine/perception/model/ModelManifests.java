package org.spatiallift.engine.perception.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds model manifests: a built-in id resolves to {@value #RESOURCE_DIR}ID.json on the class path; anything that
 * ends in ".json" is read as a manifest file (a user's own manifest works exactly like a built-in one). The built-in
 * ids are listed, in a fixed order, in {@value #RESOURCE_DIR}{@value #INDEX}. Resolution is deterministic: the same
 * argument always names the same manifest.
 */
public final class ModelManifests {

    /** Class-path folder of the built-in manifests (in the resources module). */
    public static final String RESOURCE_DIR = "/org/spatiallift/resources/models/";

    /** The list of built-in ids, one a line, in the order they are listed and preferred. */
    public static final String INDEX = "index.txt";

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
                return parse(in, file, file.toString());
            } catch (IOException e) {
                throw new ModelException(file, "cannot read the manifest (" + e.getMessage() + ")", "Check the file", e);
            }
        }
        if (!idOrFile.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new ModelException(null, "--model: \"" + idOrFile + "\" is neither a model id nor a .json manifest",
                    "Built-in models: " + String.join(", ", builtInIds()));
        }
        try (InputStream in = ModelManifests.class.getResourceAsStream(RESOURCE_DIR + idOrFile + ".json")) {
            if (in == null) {
                throw new ModelException(null, "--model: no built-in model \"" + idOrFile + "\"",
                        "Built-in models: " + String.join(", ", builtInIds()) + "; or give the path of a manifest JSON");
            }
            return parse(in, Path.of(idOrFile + ".json"), "built-in:" + idOrFile + ".json");
        } catch (IOException e) {
            throw new ModelException(Path.of(idOrFile + ".json"), "cannot read the built-in manifest (" + e.getMessage() + ")",
                    "This is a packaging bug", e);
        }
    }

    /** The ids of the built-in manifests, in index order. */
    public static List<String> builtInIds() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = ModelManifests.class.getResourceAsStream(RESOURCE_DIR + INDEX)) {
            if (in == null) {
                return List.of(DEFAULT_DETECTOR);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in model index " + RESOURCE_DIR + INDEX, e);
        }
        return List.copyOf(ids);
    }

    /** All built-in manifests, in index order. */
    public static List<ModelManifest> builtIn() throws ModelException {
        List<ModelManifest> out = new ArrayList<>();
        for (String id : builtInIds()) {
            out.add(resolve(id));
        }
        return out;
    }

    static ModelManifest parse(InputStream in, Path where, String origin) throws IOException, ModelException {
        JsonNode j;
        try {
            j = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ModelException(where, "is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")", "Fix the JSON syntax", e);
        }
        if (j == null) {
            throw new ModelException(where, "is empty", "Write a manifest JSON object");
        }
        return new ManifestReader(where).read(j, origin);
    }
}
