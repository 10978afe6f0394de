package org.spatiallift.engine.perception.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a byte-level BPE vocab.json (Hugging Face form): one JSON object, token → id. */
public final class VocabJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VocabJson() {
    }

    /**
     * Token → id.
     *
     * @throws IOException when the file is not a JSON object of non-negative integer ids
     */
    public static Map<String, Integer> read(Path vocabJson) throws IOException {
        JsonNode root = MAPPER.readTree(vocabJson.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(vocabJson + " is not a JSON object of token → id");
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (var e : root.properties()) {
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw new IOException(vocabJson + ": token \"" + e.getKey() + "\" has id " + e.getValue()
                        + ", expected a non-negative integer");
            }
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        return vocab;
    }
}
