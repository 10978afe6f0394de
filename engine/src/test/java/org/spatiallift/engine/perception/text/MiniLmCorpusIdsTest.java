package org.spatiallift.engine.perception.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * all-MiniLM-L6-v2's tokenizer.json run by the reference implementation ({@link HfTokenizer}) on the comparison corpus
 * ({@link TokenizerCorpus}, 885 strings) gives the ids recorded in minilm-ids.tsv: the ids of the hand-written WordPiece
 * tokenizer it replaced, which agreed with it on every string (docs/decisions/0030). A DJL or tokenizer.json that
 * tokenises differently shows here, string by string.
 */
class MiniLmCorpusIdsTest {

    @TempDir
    Path dir;

    @Test
    void referenceTokenizerGivesTheRecordedIdsForEveryStringOfTheCorpus() throws Exception {
        Path json = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, json);
        }
        Map<Integer, long[]> recorded = recordedIds();
        List<TokenizerCorpus.Entry> corpus = TokenizerCorpus.entries();
        List<String> differ = new ArrayList<>();
        int truncated = 0;
        try (HfTokenizer t = HfTokenizer.open(json, 128)) {
            for (TokenizerCorpus.Entry e : corpus) {
                long[] ids = t.encode(e.text());
                truncated += ids.length == 128 ? 1 : 0;
                if (!Arrays.equals(ids, recorded.get(e.line()))) {
                    differ.add("line " + e.line() + " (" + e.group() + ") \"" + escape(e.text()) + "\": recorded "
                            + Arrays.toString(recorded.get(e.line())) + ", now " + Arrays.toString(ids));
                }
            }
        }

        assertThat(corpus).hasSizeGreaterThan(800);
        assertThat(recorded).hasSameSizeAs(corpus);
        assertThat(truncated).as("strings past the maximum length").isGreaterThanOrEqualTo(3);
        assertThat(differ).as("%d of %d strings with other ids", differ.size(), corpus.size()).isEmpty();
    }

    /** Corpus line → ids, from minilm-ids.tsv. */
    private static Map<Integer, long[]> recordedIds() throws IOException {
        Map<Integer, long[]> out = new HashMap<>();
        try (InputStream in = MiniLmCorpusIdsTest.class.getResourceAsStream("minilm-ids.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(Integer.parseInt(f[0]), Arrays.stream(f[1].split(" ")).mapToLong(Long::parseLong).toArray());
            }
        }
        return out;
    }

    /** Non-ASCII as \\uXXXX, so that a report shows invisible characters and lone surrogates. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
