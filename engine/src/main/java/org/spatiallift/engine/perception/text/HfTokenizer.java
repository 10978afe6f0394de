package org.spatiallift.engine.perception.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.runtime.DjlEnvironment;

import ai.djl.engine.EngineException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * A Hugging Face tokenizer.json run by the reference implementation (the Rust {@code tokenizers} library through DJL's
 * {@code ai.djl.huggingface:tokenizers}, docs/decisions/0030): the file's normaliser, pre-tokeniser, model and
 * post-processor (for BERT: [CLS] … [SEP]), truncated to {@code maxLength} ids, never padded (the file's own padding
 * setting is overridden). DJL is prepared offline first ({@link DjlEnvironment}). {@link AutoCloseable}: it holds the
 * native tokenizer.
 */
public final class HfTokenizer implements AutoCloseable {

    private final Path file;
    private final HuggingFaceTokenizer tokenizer;

    private HfTokenizer(Path file, HuggingFaceTokenizer tokenizer) {
        this.file = file;
        this.tokenizer = tokenizer;
    }

    /**
     * Reads {@code tokenizerJson}.
     *
     * @param maxLength ids per text at most, special tokens included (at least 2)
     * @throws ModelException naming the file when it is missing or not a tokenizer.json, or when DJL's native library
     *                        cannot be loaded or DJL cannot be kept offline
     */
    public static HfTokenizer open(Path tokenizerJson, int maxLength) throws ModelException {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must hold the special tokens, got " + maxLength);
        }
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new ModelException(tokenizerJson, "is not there", "Reinstall the model (bin/spatiallift models install ID)");
        }
        try {
            DjlEnvironment.prepare();
        } catch (IllegalStateException e) {
            throw new ModelException(tokenizerJson, "cannot be loaded: " + e.getMessage(), "Fix the environment as said", e);
        }
        try {
            HuggingFaceTokenizer t = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson).optAddSpecialTokens(true)
                    .optTruncation(true).optMaxLength(maxLength).optPadding(false).build();
            return new HfTokenizer(tokenizerJson, t);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof EngineException ? "DJL's native tokenizer library did not load (" + e.getMessage()
                    + "; natives are unpacked into " + DjlEnvironment.nativeFolder() + ")" : "cannot read the tokenizer ("
                    + e.getMessage() + ")";
            throw new ModelException(tokenizerJson, why, e instanceof EngineException ? "Check that the folder is"
                    + " writable and that this platform is one DJL ships (Linux x86_64/aarch64, macOS arm64, Windows x86_64)"
                    : "Reinstall the model so that its tokenizer.json is the one published with it", e);
        }
    }

    /** The ids of {@code text} with the special tokens, at most the maximum length. */
    public long[] encode(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** The tokens of {@code text} without the special tokens the tokenizer adds around it (for tests and logs). */
    public List<String> tokens(String text) {
        Encoding e = tokenizer.encode(text);
        String[] tokens = e.getTokens();
        long[] special = e.getSpecialTokenMask();
        List<String> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            if (special[i] == 0) {
                out.add(tokens[i]);
            }
        }
        return out;
    }

    /** Ids per text at most. */
    public int maxLength() {
        return tokenizer.getMaxLength();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
