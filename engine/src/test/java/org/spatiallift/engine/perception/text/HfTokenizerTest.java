package org.spatiallift.engine.perception.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.runtime.DjlEnvironment;

/**
 * A tokenizer.json run by Hugging Face tokenizers through DJL, on the real all-MiniLM-L6-v2 file from the class path:
 * WordPiece as BERT makes it, special tokens, truncation without padding; DJL offline with its native library in
 * SpatialLift's folder; errors that name the file.
 */
class HfTokenizerTest {

    @TempDir
    static Path dir;
    private static HfTokenizer minilm;

    @BeforeAll
    static void open() throws Exception {
        Path json = dir.resolve("tokenizer.json");
        try (InputStream in = HfTokenizerTest.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, json);
        }
        minilm = HfTokenizer.open(json, 128);
    }

    @AfterAll
    static void close() {
        minilm.close();
    }

    @Test
    void wordPieceSplitsAsBertDoes() {
        assertThat(minilm.tokens("unaffable")).containsExactly("una", "##ffa", "##ble");
        assertThat(minilm.tokens("Hello, WORLD!")).containsExactly("hello", ",", "world", "!");
        assertThat(minilm.tokens("Café")).containsExactly("cafe");
        // a special token written in the text is that token
        assertThat(minilm.tokens("a [SEP] b")).containsExactly("a", "[SEP]", "b");
        assertThat(minilm.encode("a [SEP] b")).containsExactly(101, 1037, 102, 1038, 102);
    }

    @Test
    void idsAreFramedBySpecialTokensTruncatedAndNotPadded() {
        assertThat(minilm.encode("a red mug")).containsExactly(101, 1037, 2417, 14757, 102);
        long[] longText = minilm.encode("word ".repeat(300));
        assertThat(longText).hasSize(128);
        assertThat(longText[127]).isEqualTo(102);
        assertThat(minilm.encode("")).containsExactly(101, 102);
        assertThat(minilm.maxLength()).isEqualTo(128);
    }

    @Test
    void djlRunsOfflineWithItsNativeLibraryInSpatialLiftsFolder() throws Exception {
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        if (System.getenv("ENGINE_CACHE_DIR") == null) {
            Path natives = DjlEnvironment.nativeFolder().resolve("tokenizers");
            assertThat(System.getProperty("ENGINE_CACHE_DIR")).isEqualTo(DjlEnvironment.nativeFolder().toString());
            try (Stream<Path> files = Files.walk(natives)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("files under %s", natives)
                        .contains(System.mapLibraryName("tokenizers"));
            }
        }
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws Exception {
        Path missing = dir.resolve("none/tokenizer.json");
        assertThatThrownBy(() -> HfTokenizer.open(missing, 128)).isInstanceOf(ModelException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("Reinstall");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"model\": {\"type\": \"WordPiece\"");
        assertThatThrownBy(() -> HfTokenizer.open(broken, 128)).isInstanceOf(ModelException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("cannot read the tokenizer");
    }
}
