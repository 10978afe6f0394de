package org.spatiallift.cli.privacy;

import java.nio.file.Path;
import java.util.Arrays;

import org.spatiallift.engine.perception.text.HfTokenizer;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * Loads a tokenizer.json with DJL's Hugging Face tokenizers in a JVM of its own, for the privacy tests, and prints the
 * ids of "a red mug". {@code engine FILE}: as every entry point does ({@link HfTokenizer}, DJL prepared offline).
 * {@code raw FILE}: the control — DJL's tokenizer straight from its API, without SpatialLift's switch; it shows that
 * the tests would see DJL's calls and files if the switch did not work.
 */
public final class TokenizerWorkload {

    private TokenizerWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long[] ids;
        if (args[0].equals("engine")) {
            try (HfTokenizer t = HfTokenizer.open(file, 128)) {
                ids = t.encode("a red mug");
            }
        } else {
            try (HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(file)) {
                ids = t.encode("a red mug").getIds();
            }
        }
        System.out.println("ids " + Arrays.toString(ids));
    }
}
