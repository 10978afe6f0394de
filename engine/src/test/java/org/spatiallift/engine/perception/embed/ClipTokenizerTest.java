package org.spatiallift.engine.perception.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.text.BpeMerges;
import org.spatiallift.engine.perception.text.ByteUnicode;

/**
 * CLIP's BPE on small vocabularies written by the tests: merges in rank order, bytes through the byte table, special
 * tokens, padding and truncation that keep EOT, and CLIP's pre-tokeniser (contractions, digits, punctuation runs).
 */
class ClipTokenizerTest {

    @TempDir
    Path dir;

    @Test
    void mergesApplyLowestRankFirst() {
        Map<String, Integer> vocab = vocab("l", "o", "w</w>", "lo", "low</w>", "ow</w>");
        ClipTokenizer lowFirst = new ClipTokenizer(vocab, merges("l o", "lo w</w>", "o w</w>"), 16);
        ClipTokenizer owFirst = new ClipTokenizer(vocab, merges("o w</w>", "l o", "lo w</w>"), 16);

        assertThat(lowFirst.tokens("low")).containsExactly("low</w>");
        // "o w</w>" wins, and no merge joins "l" with "ow</w>"
        assertThat(owFirst.tokens("low")).containsExactly("l", "ow</w>");
        assertThat(owFirst.encode("low")).startsWith(vocab.get("<|startoftext|>"), vocab.get("l"), vocab.get("ow</w>"),
                vocab.get("<|endoftext|>"));
    }

    @Test
    void everyOccurrenceOfTheBestPairMergesLeftToRight() {
        Map<String, Integer> vocab = vocab("a", "a</w>", "aa", "aa</w>");
        ClipTokenizer t = new ClipTokenizer(vocab, merges("a a", "a a</w>"), 16);
        // a a a a</w>: "a a" (rank 0) merges left to right without overlap → aa a a</w>; then "a a</w>" → aa aa</w>
        assertThat(t.tokens("aaaa")).containsExactly("aa", "aa</w>");
        assertThat(t.tokens("aaa")).containsExactly("aa", "a</w>");
    }

    @Test
    void bytesGoThroughTheByteTable() {
        assertThat(ByteUnicode.charOf(' ')).isEqualTo('\u0120');   // Ġ
        assertThat(ByteUnicode.charOf('\n')).isEqualTo('\u010A');  // Ċ
        assertThat(ByteUnicode.charOf('a')).isEqualTo('a');
        assertThat(ByteUnicode.charOf(0xAD)).isEqualTo('\u0143');   // the last of the 68 moved bytes: 256 + 67
        // "€" is E2 82 AC: 'â', 0x82 → U+0124 'Ĥ' (127..160 follow the 33 bytes 0..32), '¬'
        assertThat(ByteUnicode.encode("€")).isEqualTo("\u00E2\u0124\u00AC");
        assertThat(ByteUnicode.decode(ByteUnicode.encode("naïve café €"))).isEqualTo("naïve café €");

        Map<String, Integer> vocab = vocab("\u00E2", "\u0124", "\u00AC</w>", "\u00E2\u0124");
        ClipTokenizer t = new ClipTokenizer(vocab, merges("\u00E2 \u0124"), 16);
        assertThat(t.tokens("€")).containsExactly("\u00E2\u0124", "\u00AC</w>");
        assertThat(t.encode("€")).startsWith(vocab.get("<|startoftext|>"), vocab.get("\u00E2\u0124"), vocab.get("\u00AC</w>"));
    }

    @Test
    void aSymbolMissingFromTheVocabularyBecomesEndOfText() {
        Map<String, Integer> vocab = vocab("h", "i</w>");
        ClipTokenizer t = new ClipTokenizer(vocab, merges(), 8);
        int end = vocab.get("<|endoftext|>");
        assertThat(t.encode("hi ho")).containsExactly(vocab.get("<|startoftext|>"), vocab.get("h"), vocab.get("i</w>"),
                vocab.get("h"), end, end, end, end);
    }

    @Test
    void specialTokensFrameThePaddedIdsAndMaskEndsAtEot() {
        Map<String, Integer> vocab = vocab("a</w>", "c", "a", "t</w>", "ca", "cat</w>");
        ClipTokenizer t = new ClipTokenizer(vocab, merges("c a", "ca t</w>"), 8);
        int start = vocab.get("<|startoftext|>");
        int end = vocab.get("<|endoftext|>");

        ClipTokens tokens = t.tokenize("A cat");

        assertThat(tokens.ids()).containsExactly(start, vocab.get("a</w>"), vocab.get("cat</w>"), end, end, end, end, end);
        assertThat(tokens.attentionMask()).containsExactly(1, 1, 1, 1, 0, 0, 0, 0);
        assertThat(tokens.eotIndex()).isEqualTo(3);
        assertThat(tokens.truncated()).isFalse();
        assertThat(t.tokenize("").ids()).startsWith(start, end);
        assertThat(t.tokenize("").eotIndex()).isEqualTo(1);
        // special tokens written in the text are kept as such
        assertThat(t.encode("a <|endoftext|> a")).startsWith(start, vocab.get("a</w>"), end, vocab.get("a</w>"), end);
    }

    @Test
    void truncationKeepsEotLast() {
        Map<String, Integer> vocab = vocab("a</w>");
        ClipTokenizer t = new ClipTokenizer(vocab, merges(), 5);
        int a = vocab.get("a</w>");

        ClipTokens tokens = t.tokenize("a a a a a a a");

        assertThat(tokens.ids()).containsExactly(vocab.get("<|startoftext|>"), a, a, a, vocab.get("<|endoftext|>"));
        assertThat(tokens.eotIndex()).isEqualTo(4);
        assertThat(tokens.attentionMask()).containsOnly(1);
        assertThat(tokens.truncated()).isTrue();
        assertThat(t.encode("a a a")).hasSize(5).endsWith(vocab.get("<|endoftext|>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
        It's a dog's toy, isn't it?!           ; it 's a dog 's toy , isn 't it ?!
        "  A\\tRed   Mug \\n"                    ; a red mug
        We'll've 24 cups...                    ; we 'll 've 2 4 cups ...
        you're I'M they'd                      ; you 're i 'm they 'd
        café-au-lait                           ; café - au - lait
        <|startoftext|>hi<|endoftext|>         ; <|startoftext|> hi <|endoftext|>
        """)
    void preTokeniserSplitsAsClipsPattern(String text, String words) {
        assertThat(ClipTokenizer.words(text.replace("\\t", "\t").replace("\\n", "\n"))).containsExactly(words.split(" "));
    }

    @Test
    void readsVocabAndMergesFilesWithTheVersionHeader() throws Exception {
        Map<String, Integer> vocab = StandInModels.clipTokenizerFiles(dir, "red", "mug");
        ClipTokenizer t = ClipTokenizer.read(dir.resolve("vocab.json"), dir.resolve("merges.txt"), 77);

        assertThat(Files.readAllLines(dir.resolve("merges.txt")).get(0)).startsWith("#version");
        assertThat(t.tokens("Red mug!")).containsExactly("red</w>", "mug</w>", "!</w>");
        int[] ids = t.encode("Red mug!");
        assertThat(ids).hasSize(77);
        assertThat(ids).startsWith(vocab.get("<|startoftext|>"), vocab.get("red</w>"), vocab.get("mug</w>"), vocab.get("!</w>"),
                vocab.get("<|endoftext|>"));
        assertThat(t.endId()).isEqualTo(t.vocabSize() - 1);
    }

    @Test
    void badFilesAreRefusedNamingTheFile() throws Exception {
        StandInModels.clipTokenizerFiles(dir, "red");
        Path badMerges = Files.writeString(dir.resolve("bad-merges.txt"), "#version: 0.2\nr e\nthree symbols here\n");
        assertThatThrownBy(() -> ClipTokenizer.read(dir.resolve("vocab.json"), badMerges, 77)).isInstanceOf(ModelException.class)
                .hasMessageContaining(badMerges.toString()).hasMessageContaining("line 3").hasMessageContaining("Reinstall");

        Path noSpecials = Files.writeString(dir.resolve("plain.json"), "{\"a</w>\": 0}");
        assertThatThrownBy(() -> ClipTokenizer.read(noSpecials, dir.resolve("merges.txt"), 77)).isInstanceOf(ModelException.class)
                .hasMessageContaining(noSpecials.toString()).hasMessageContaining("<|startoftext|>");
    }

    /** The tokens with ids 0.., then start and end (the two largest ids, as in CLIP). */
    private static Map<String, Integer> vocab(String... tokens) {
        Map<String, Integer> v = new HashMap<>();
        for (String t : tokens) {
            v.put(t, v.size());
        }
        v.put("<|startoftext|>", v.size());
        v.put("<|endoftext|>", v.size());
        return v;
    }

    private static BpeMerges merges(String... pairs) {
        return new BpeMerges(List.of(pairs).stream().map(p -> p.split(" ")).toList());
    }
}
