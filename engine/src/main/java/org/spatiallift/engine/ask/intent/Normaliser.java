package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a question's words into the form the paraphrase patterns are written in: contractions expanded ("what's" →
 * "what is", "isn't" → "is not", "whats" → "what is"), chat spellings ("hw", "frm", "u", "pls"), run-together words
 * ("infront", "ontop"), "then" after a comparative read as "than", misspellings corrected ({@link TypoCorrector}),
 * hedges dropped ("roughly", "approximately"), and polite or hedging openings and closing tags dropped ("can you tell
 * me", "do you think", ", right?"). Each new word keeps the source span of the word it came from. Immutable and
 * thread-safe.
 */
final class Normaliser {

    private static final Map<String, String[]> SPELLINGS = Map.ofEntries(
            Map.entry("whats", new String[] {"what", "is"}), Map.entry("wats", new String[] {"what", "is"}),
            Map.entry("hows", new String[] {"how", "is"}), Map.entry("whos", new String[] {"who", "is"}),
            Map.entry("thats", new String[] {"that", "is"}), Map.entry("wheres", new String[] {"where", "is"}),
            Map.entry("u", new String[] {"you"}), Map.entry("r", new String[] {"are"}),
            Map.entry("ur", new String[] {"your"}), Map.entry("pls", new String[] {"please"}),
            Map.entry("plz", new String[] {"please"}), Map.entry("hw", new String[] {"how"}),
            Map.entry("frm", new String[] {"from"}), Map.entry("teh", new String[] {"the"}),
            Map.entry("hte", new String[] {"the"}), Map.entry("wat", new String[] {"what"}),
            Map.entry("wht", new String[] {"what"}), Map.entry("wich", new String[] {"which"}),
            Map.entry("whcih", new String[] {"which"}), Map.entry("wihch", new String[] {"which"}),
            Map.entry("thn", new String[] {"than"}), Map.entry("infront", new String[] {"in", "front"}),
            Map.entry("ontop", new String[] {"on", "top"}), Map.entry("oclock", new String[] {"o'clock"}),
            Map.entry("abt", new String[] {"about"}), Map.entry("betwen", new String[] {"between"}),
            Map.entry("dont", new String[] {"do", "not"}), Map.entry("isnt", new String[] {"is", "not"}),
            Map.entry("doesnt", new String[] {"does", "not"}), Map.entry("arent", new String[] {"are", "not"}),
            Map.entry("colour", new String[] {"color"}), Map.entry("centre", new String[] {"center"}),
            Map.entry("metres", new String[] {"meters"}), Map.entry("metre", new String[] {"meter"}));
    /** Words after which "'s" is "is" (else a possessive). */
    private static final Set<String> IS_BEFORE = Set.of("what", "it", "that", "how", "where", "who", "there", "here",
            "which", "this", "tall", "far", "wide", "high", "deep", "big");
    private static final Map<String, String> ENDINGS = Map.of("'re", "are", "'m", "am", "'ll", "will", "'ve", "have",
            "'d", "would");
    private static final Set<String> COMPARATIVES = Set.of("taller", "shorter", "wider", "thinner", "narrower",
            "bigger", "larger", "smaller", "higher", "lower", "closer", "nearer", "farther", "further", "broader",
            "slimmer", "tinier", "skinnier", "biger", "smaler", "taler", "more", "less");
    private static final Set<String> HEDGES = Set.of("roughly", "approximately", "approx", "exactly", "precisely",
            "actually", "really", "currently");
    private static final List<List<String>> OPENINGS = phrases(
            "hey", "hi", "hello", "yo", "ok", "okay", "so", "um", "uh", "please", "quick question", "question",
            "can you please tell me", "could you please tell me", "can you tell me", "could you tell me",
            "can you say", "tell me", "can you", "could you", "would you", "will you", "i wonder if", "i wonder whether",
            "i wonder", "i want to know if", "i want to know", "i would like to know",
            "i need to know", "do you know if", "do you know", "do you think", "would you say", "in your opinion",
            "in this scene", "in the scene", "in this picture", "in the picture", "in this image", "in the image",
            "in this photo", "in the photo", "looking at the picture", "looking at the image", "based on the image",
            "just", "about", "if", "whether", "guess");
    private static final List<List<String>> TAGS = phrases(
            "or not", "yes or no", "please", "thanks", "thank you", "in this scene", "in the scene",
            "in this picture", "in the picture", "in this image", "in the image", "in this photo", "in the photo");
    /** Closing tags that count only after a separator (", right?"): "more to the right" keeps its "right". */
    private static final List<List<String>> TAGS_AFTER_SEPARATOR = phrases("right", "ok", "then", "correct",
            "is not it", "is it not", "are not they", "does not it", "do not they", "yes");
    /** Fewest words a question keeps when an opening or tag is dropped ("what is in this scene" stays whole). */
    private static final int KEEP = 3;

    private final TypoCorrector typos;

    Normaliser(TypoCorrector typos) {
        this.typos = typos;
    }

    /** The normalised words of {@code words} (already split by {@link QuestionText}). */
    List<Word> normalise(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size() + 4);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String t = w.text();
            String prev = out.isEmpty() ? "" : out.get(out.size() - 1).text();
            if (t.equals("'s")) {
                out.add(new Word(IS_BEFORE.contains(prev) ? "is" : "'s", w.start(), w.end()));
            } else if (t.equals("'t") && prev.endsWith("n")) {
                Word p = out.remove(out.size() - 1);
                String base = prev.equals("can") ? "can" : prev.equals("won") ? "will" : prev.substring(0, prev.length() - 1);
                out.add(new Word(base, p.start(), p.end()));
                out.add(new Word("not", w.start(), w.end()));
            } else if (ENDINGS.containsKey(t)) {
                out.add(new Word(ENDINGS.get(t), w.start(), w.end()));
            } else if (SPELLINGS.containsKey(t)) {
                for (String s : SPELLINGS.get(t)) {
                    out.add(new Word(s, w.start(), w.end()));
                }
            } else if (t.equals("then") && COMPARATIVES.contains(prev)) {
                out.add(new Word("than", w.start(), w.end()));
            } else if (HEDGES.contains(t)) {
                continue;
            } else {
                String fixed = typos.correct(t);
                out.add(fixed.equals(t) ? w : new Word(fixed, w.start(), w.end(), true));
            }
        }
        return trim(out);
    }

    /**
     * The word as a mention should read: a chat spelling of one word spelt out ("teh" → "the"), any other word as
     * written (a guessed correction could turn "black" into "back"). Used on mentions read by a template as written.
     */
    Word correct(Word w) {
        String[] spelled = SPELLINGS.get(w.text());
        return spelled != null && spelled.length == 1 ? new Word(spelled[0], w.start(), w.end()) : w;
    }

    /** Drops openings ("can you tell me") and closing tags (", right") and the separators they leave. */
    private static List<Word> trim(List<Word> words) {
        List<Word> out = new ArrayList<>(words);
        boolean changed = true;
        while (changed) {
            changed = false;
            while (!out.isEmpty() && out.get(0).separator()) {
                out.remove(0);
                changed = true;
            }
            while (!out.isEmpty() && out.get(out.size() - 1).separator()) {
                out.remove(out.size() - 1);
                changed = true;
            }
            for (List<String> p : OPENINGS) {
                if (out.size() - p.size() >= KEEP && startsWith(out, p, 0)) {
                    out.subList(0, p.size()).clear();
                    changed = true;
                    break;
                }
            }
            for (List<String> p : TAGS) {
                if (out.size() - p.size() >= KEEP && startsWith(out, p, out.size() - p.size())) {
                    out.subList(out.size() - p.size(), out.size()).clear();
                    changed = true;
                    break;
                }
            }
            for (List<String> p : TAGS_AFTER_SEPARATOR) {
                int at = out.size() - p.size();
                if (at - 1 >= KEEP && startsWith(out, p, at) && out.get(at - 1).separator()) {
                    out.subList(at, out.size()).clear();
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean startsWith(List<Word> words, List<String> phrase, int at) {
        if (at < 0) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> phrases(String... ps) {
        List<List<String>> out = new ArrayList<>();
        for (String p : ps) {
            out.add(List.of(p.split(" ")));
        }
        return List.copyOf(out);
    }
}
