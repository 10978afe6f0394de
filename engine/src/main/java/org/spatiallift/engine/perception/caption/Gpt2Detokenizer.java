package org.spatiallift.engine.perception.caption;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.text.ByteUnicode;
import org.spatiallift.engine.perception.text.VocabJson;

/**
 * GPT-2 token ids → text (byte-level BPE decoding, Radford et al. 2019): each id's token string from vocab.json, the
 * strings concatenated, every character mapped back to its byte through the byte table ({@link ByteUnicode}, 'Ġ' is
 * the space), the bytes read as UTF-8. Merges are not needed to decode. Immutable. Hand-written rather than run by
 * DJL's Hugging Face tokenizers: the captioner's manifest lists vocab.json only (docs/decisions/0030).
 */
public final class Gpt2Detokenizer {

    private final Path file;
    private final String[] tokens;

    private Gpt2Detokenizer(Path file, String[] tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /** Reads vocab.json (token → id); errors name the file. */
    public static Gpt2Detokenizer read(Path vocabJson) throws ModelException {
        Map<String, Integer> vocab;
        try {
            vocab = VocabJson.read(vocabJson);
        } catch (IOException e) {
            throw new ModelException(vocabJson, "cannot read the GPT-2 vocabulary (" + e.getMessage() + ")",
                    "Reinstall the model so that its vocab.json is the one published with it", e);
        }
        int max = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        String[] tokens = new String[max + 1];
        vocab.forEach((t, id) -> tokens[id] = t);
        return new Gpt2Detokenizer(vocabJson, tokens);
    }

    /** One more than the largest id. */
    public int size() {
        return tokens.length;
    }

    /**
     * The text of {@code ids}, leaving out the ids in {@code skip} (special tokens such as &lt;|endoftext|&gt;),
     * trimmed of leading and trailing white space.
     *
     * @throws ModelException when an id is not in the vocabulary (the model and vocab.json do not belong together)
     */
    public String decode(int[] ids, Set<Integer> skip) throws ModelException {
        StringBuilder symbols = new StringBuilder();
        for (int id : ids) {
            if (skip.contains(id)) {
                continue;
            }
            if (id < 0 || id >= tokens.length || tokens[id] == null) {
                throw new ModelException(file, "token id " + id + " is not in the vocabulary (" + tokens.length + " ids)",
                        "Install the vocab.json that belongs to the captioning model");
            }
            symbols.append(tokens[id]);
        }
        try {
            return ByteUnicode.decode(symbols.toString()).strip();
        } catch (IllegalArgumentException e) {
            throw new ModelException(file, "is not a byte-level vocabulary: " + e.getMessage(),
                    "Install the GPT-2 vocab.json that belongs to the captioning model");
        }
    }
}
