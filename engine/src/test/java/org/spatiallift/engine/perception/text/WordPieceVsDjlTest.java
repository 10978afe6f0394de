package org.spatiallift.engine.perception.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.embed.WordPieceTokenizer;

/**
 * The hand-written WordPiece ({@link WordPieceTokenizer}) against the reference implementation of tokenizer.json
 * (Hugging Face tokenizers through DJL, {@link HfTokenizer}) on the real all-MiniLM-L6-v2 tokenizer.json and the
 * comparison corpus ({@link TokenizerCorpus}): the same ids for every string, special tokens and truncation to 128
 * included (docs/decisions/0030).
 */
class WordPieceVsDjlTest {

    @TempDir
    Path dir;

    @Test
    void handWrittenWordPieceGivesTheReferenceIdsOnTheCorpus() throws Exception {
        Path json = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, json);
        }
        WordPieceTokenizer ours = WordPieceTokenizer.read(json);
        List<TokenizerCorpus.Entry> corpus = TokenizerCorpus.entries();
        List<String> differ = new ArrayList<>();
        int truncated = 0;
        try (HfTokenizer djl = HfTokenizer.open(json, 128)) {
            for (TokenizerCorpus.Entry e : corpus) {
                long[] a = ours.encode(e.text(), 128);
                long[] b = djl.encode(e.text());
                truncated += b.length == 128 ? 1 : 0;
                if (!Arrays.equals(a, b)) {
                    differ.add("line " + e.line() + " (" + e.group() + ") \"" + escape(e.text()) + "\": hand-written "
                            + Arrays.toString(a) + ", reference " + Arrays.toString(b));
                }
            }
        }

        assertThat(corpus).hasSizeGreaterThan(800);
        assertThat(truncated).as("strings past the maximum length").isGreaterThanOrEqualTo(3);
        assertThat(differ).as("%d of %d strings with other ids", differ.size(), corpus.size()).isEmpty();
    }

    /** Non-ASCII as \\uXXXX, so that a report shows invisible characters and lone surrogates. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
