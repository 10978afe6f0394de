package org.spatiallift.engine.perception.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.perception.model.ModelException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * BERT's uncased WordPiece tokenizer (Devlin et al. 2019; Hugging Face tokenizers' BertNormalizer +
 * BertPreTokenizer + WordPiece), read from a tokenizer.json:
 * <ol>
 * <li>added tokens written in the text ([CLS], [SEP], [UNK], [PAD], [MASK], as tokenizer.json's "added_tokens" lists
 * them) become their ids, matched on the raw text, longest first; the text between them goes through steps 2–4;</li>
 * <li>normalise: drop control characters (Unicode Cc, Cf and private use Co; unassigned code points stay, as in the
 * reference), U+FFFD and lone surrogates, map whitespace to a space, put spaces around CJK ideographs, lower-case,
 * strip accents (NFD, drop combining marks);</li>
 * <li>pre-tokenise: split on whitespace, and make every punctuation character its own word;</li>
 * <li>WordPiece: greedy longest match from the left, continuation pieces prefixed "##"; a word with no match, or
 * longer than 100 characters, becomes [UNK];</li>
 * <li>[CLS] … [SEP], truncated to {@code maxLength} ids.</li>
 * </ol>
 */
public final class WordPieceTokenizer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Integer> vocab;
    private final int unk;
    private final int cls;
    private final int sep;
    private final String prefix;
    private final int maxCharsPerWord;
    private final Map<String, Integer> added;

    WordPieceTokenizer(Map<String, Integer> vocab, Map<String, Integer> added, String prefix, int maxCharsPerWord) {
        this.vocab = Map.copyOf(vocab);
        this.added = Map.copyOf(added);
        this.prefix = prefix;
        this.maxCharsPerWord = maxCharsPerWord;
        this.unk = id("[UNK]");
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
    }

    private int id(String token) {
        Integer i = vocab.get(token);
        if (i == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return i;
    }

    /** Reads {@code model.vocab} of a Hugging Face tokenizer.json whose model type is WordPiece. */
    public static WordPieceTokenizer read(Path tokenizerJson) throws ModelException {
        try {
            JsonNode root = MAPPER.readTree(tokenizerJson.toFile());
            JsonNode model = root.path("model");
            if (!"WordPiece".equals(model.path("type").asText())) {
                throw new ModelException(tokenizerJson, "is not a WordPiece tokenizer (model.type \"" + model.path("type").asText()
                        + "\")", "Use the tokenizer.json that belongs to the model");
            }
            Map<String, Integer> vocab = new HashMap<>();
            model.path("vocab").properties().forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
            Map<String, Integer> added = new HashMap<>();
            root.path("added_tokens").forEach(t -> added.put(t.path("content").asText(), t.path("id").asInt()));
            return new WordPieceTokenizer(vocab, added, model.path("continuing_subword_prefix").asText("##"),
                    model.path("max_input_chars_per_word").asInt(100));
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelException(tokenizerJson, "cannot read the tokenizer (" + e.getMessage() + ")",
                    "Reinstall the model", e);
        }
    }

    /** [CLS] pieces [SEP], at most {@code maxLength} ids. */
    public long[] encode(String text, int maxLength) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        ids.addAll(pieces(text));
        if (ids.size() > maxLength - 1) {
            ids = new ArrayList<>(ids.subList(0, maxLength - 1));
        }
        ids.add(sep);
        return ids.stream().mapToLong(Integer::longValue).toArray();
    }

    /** The pieces of a text as tokens (for tests and logs), without [CLS]/[SEP]. */
    public List<String> tokens(String text) {
        Map<Integer, String> inverse = new HashMap<>();
        vocab.forEach((k, v) -> inverse.put(v, k));
        List<String> out = new ArrayList<>();
        pieces(text).forEach(i -> out.add(inverse.get(i)));
        return out;
    }

    /** Steps 1–4: the ids of the added tokens and of the word pieces of the text between them. */
    private List<Integer> pieces(String text) {
        List<Integer> ids = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            String token = addedAt(text, i);
            if (token == null) {
                i++;
                continue;
            }
            for (String word : preTokenize(normalise(text.substring(start, i)))) {
                ids.addAll(wordPiece(word));
            }
            ids.add(added.get(token));
            i += token.length();
            start = i;
        }
        for (String word : preTokenize(normalise(text.substring(start)))) {
            ids.addAll(wordPiece(word));
        }
        return ids;
    }

    /** The longest added token that starts at {@code i}, or null. */
    private String addedAt(String text, int i) {
        String best = null;
        for (String t : added.keySet()) {
            if (!t.isEmpty() && text.startsWith(t, i) && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || Character.getType(c) == Character.SURROGATE || isControl(c)) {
                return;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append(' ');
            } else if (isCjk(c)) {
                sb.append(' ').appendCodePoint(c).append(' ');
            } else {
                sb.appendCodePoint(c);
            }
        });
        String lower = sb.toString().toLowerCase(java.util.Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }

    static List<String> preTokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                flush(cur, words);
            } else if (isPunctuation(c)) {
                flush(cur, words);
                words.add(new String(Character.toChars(c)));
            } else {
                cur.appendCodePoint(c);
            }
        });
        flush(cur, words);
        return words;
    }

    private List<Integer> wordPiece(String word) {
        if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
            return List.of(unk);
        }
        List<Integer> out = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? prefix : "") + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                return List.of(unk);
            }
            out.add(found);
            start = end;
        }
        return out;
    }

    private static void flush(StringBuilder cur, List<String> words) {
        if (cur.length() > 0) {
            words.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE;
    }

    /** BERT's rule: ASCII 33–47, 58–64, 91–96, 123–126, and every Unicode punctuation class. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
