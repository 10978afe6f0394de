package org.spatiallift.engine.perception.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.text.BpeMerges;
import org.spatiallift.engine.perception.text.ByteUnicode;
import org.spatiallift.engine.perception.text.VocabJson;

/**
 * CLIP's byte-level BPE tokenizer (Radford et al. 2021, "Learning Transferable Visual Models From Natural Language
 * Supervision"; the behaviour of OpenAI's simple_tokenizer and Hugging Face's CLIPTokenizer), read from the model's
 * vocab.json (token → id) and merges.txt (BPE pairs in rank order):
 * <ol>
 * <li>clean: Unicode NFC, every run of whitespace becomes one space, trimmed, lower-cased (the reference also runs
 * ftfy and HTML unescaping first; that is not done here);</li>
 * <li>pre-tokenise with CLIP's pattern {@code <|startoftext|>|<|endoftext|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|
 * [^\s\p{L}\p{N}]+}: special tokens, English contraction endings, runs of letters, single digits, runs of other
 * non-space characters;</li>
 * <li>each word's UTF-8 bytes become characters through the byte table ({@link ByteUnicode}), the last one gets the
 * end-of-word marker "&lt;/w&gt;", and BPE merges them lowest rank first ({@link BpeMerges});</li>
 * <li>each symbol becomes its vocab id; a symbol the vocabulary lacks becomes &lt;|endoftext|&gt; (CLIPTokenizer's
 * unknown token; never happens with the real vocabulary, which holds every byte);</li>
 * <li>ids = [&lt;|startoftext|&gt;, tokens…, &lt;|endoftext|&gt;], truncated to the context length keeping EOT last,
 * padded with &lt;|endoftext|&gt; (CLIPTokenizer's pad token) to exactly the context length.</li>
 * </ol>
 * The text tower pools at the EOT position (the first EOT: the arg-max of the ids, EOT having the largest id), so the
 * padding does not change the embedding. Thread-safe. Hand-written rather than run by DJL's Hugging Face tokenizers
 * ({@code HfTokenizer}): the manifests list vocab.json and merges.txt, from which DJL builds a bare BPE without CLIP's
 * lower-casing, pre-tokeniser and word ends, and no real CLIP vocabulary was at hand to compare (docs/decisions/0030).
 */
public final class ClipTokenizer {

    public static final String START = "<|startoftext|>";
    public static final String END = "<|endoftext|>";
    public static final String END_OF_WORD = "</w>";
    public static final int DEFAULT_CONTEXT_LENGTH = 77;

    /** CLIP's pre-tokeniser (Python {@code regex}'s \p classes; \s as Unicode white space). */
    private static final Pattern WORDS = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CACHE_LIMIT = 20_000;

    private final Map<String, Integer> vocab;
    private final BpeMerges merges;
    private final int contextLength;
    private final int startId;
    private final int endId;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param vocab         token → id, holding {@value #START} and {@value #END}
     * @param merges        the BPE merges
     * @param contextLength ids per text (77 for CLIP), at least 2
     */
    public ClipTokenizer(Map<String, Integer> vocab, BpeMerges merges, int contextLength) {
        if (contextLength < 2) {
            throw new IllegalArgumentException("the context length must hold start and end tokens, got " + contextLength);
        }
        this.vocab = Map.copyOf(vocab);
        this.merges = merges;
        this.contextLength = contextLength;
        this.startId = special(START);
        this.endId = special(END);
    }

    private int special(String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /** Reads vocab.json and merges.txt; errors name the file and say what to do. */
    public static ClipTokenizer read(Path vocabJson, Path mergesTxt, int contextLength) throws ModelException {
        Map<String, Integer> vocab;
        try {
            vocab = VocabJson.read(vocabJson);
        } catch (IOException e) {
            throw new ModelException(vocabJson, "cannot read the CLIP vocabulary (" + e.getMessage() + ")",
                    "Reinstall the model so that its vocab.json is the one published with it", e);
        }
        BpeMerges m;
        try {
            m = BpeMerges.read(mergesTxt);
        } catch (IOException e) {
            throw new ModelException(mergesTxt, "cannot read the BPE merges (" + e.getMessage() + ")",
                    "Reinstall the model so that its merges.txt is the one published with it", e);
        }
        try {
            return new ClipTokenizer(vocab, m, contextLength);
        } catch (IllegalArgumentException e) {
            throw new ModelException(vocabJson, "is not a CLIP vocabulary: " + e.getMessage(),
                    "Use the vocab.json published with the CLIP model");
        }
    }

    /** True when the manifest lists the tokenizer files (decoder "vocab" and "merges", default vocab.json, merges.txt). */
    public static boolean listedIn(ModelManifest m) {
        return m.file(vocabName(m)) != null && m.file(mergesName(m)) != null;
    }

    /** The tokenizer of a CLIP model: its vocab and merges files, context length from decoder "max_length" (77). */
    public static ClipTokenizer of(LocatedModel model) throws ModelException {
        ModelManifest m = model.manifest();
        if (!listedIn(m)) {
            throw new ModelException(null, "model " + m.id() + " (" + m.origin() + ") lists no " + vocabName(m) + " and "
                    + mergesName(m) + " among its files", "Add CLIP's vocab.json and merges.txt to the manifest's \"files\"");
        }
        return read(model.file(vocabName(m)), model.file(mergesName(m)), m.decoderInt("max_length", DEFAULT_CONTEXT_LENGTH));
    }

    private static String vocabName(ModelManifest m) {
        return m.decoder().getOrDefault("vocab", "vocab.json");
    }

    private static String mergesName(ModelManifest m) {
        return m.decoder().getOrDefault("merges", "merges.txt");
    }

    /** Exactly {@link #contextLength()} ids: start, tokens, EOT, EOT padding. */
    public int[] encode(String text) {
        return tokenize(text).ids();
    }

    /** The ids with attention mask and EOT position. */
    public ClipTokens tokenize(String text) {
        List<Integer> body = new ArrayList<>();
        for (String word : words(text)) {
            body.addAll(ids(word));
        }
        boolean truncated = body.size() > contextLength - 2;
        int n = Math.min(body.size(), contextLength - 2);
        int[] ids = new int[contextLength];
        int[] mask = new int[contextLength];
        Arrays.fill(ids, endId);
        ids[0] = startId;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = body.get(i);
        }
        int eot = n + 1;
        Arrays.fill(mask, 0, eot + 1, 1);
        return new ClipTokens(ids, mask, eot, truncated);
    }

    /** The BPE symbols of a text, without start, end and padding (for tests and logs). */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            out.addAll(isSpecial(word) ? List.of(word) : bpe(word));
        }
        return out;
    }

    /** Steps 1 and 2: the cleaned text split by CLIP's pattern. */
    static List<String> words(String text) {
        String clean = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORDS.matcher(clean);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private List<Integer> ids(String word) {
        if (isSpecial(word)) {
            return List.of(vocab.get(word));
        }
        List<Integer> out = new ArrayList<>();
        for (String symbol : bpe(word)) {
            out.add(vocab.getOrDefault(symbol, endId));
        }
        return out;
    }

    private List<String> bpe(String word) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(word, w -> {
            String chars = ByteUnicode.encode(w);
            List<String> symbols = new ArrayList<>(chars.length());
            for (int i = 0; i < chars.length(); i++) {
                symbols.add(String.valueOf(chars.charAt(i)));
            }
            symbols.set(symbols.size() - 1, symbols.get(symbols.size() - 1) + END_OF_WORD);
            return List.copyOf(merges.apply(symbols));
        });
    }

    private static boolean isSpecial(String word) {
        return word.equals(START) || word.equals(END);
    }

    public int contextLength() {
        return contextLength;
    }

    /** The id of {@value #START}. */
    public int startId() {
        return startId;
    }

    /** The id of {@value #END}, also the padding and the unknown token. */
    public int endId() {
        return endId;
    }

    /** Vocabulary size. */
    public int vocabSize() {
        return vocab.size();
    }
}
