package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question as a list of {@link Word}s joined by single spaces, the form every pattern is matched against: lower
 * case, curly quotes made straight, possessive and contracted endings split off ("lamp's" → "lamp 's"), list
 * separators (",", ":", ";") kept as words, other punctuation dropped. Template slots ({A}) are single words.
 * Immutable.
 */
final class QuestionText {

    private final String original;
    private final List<Word> words;
    private final String joined;
    private final int[] wordStarts;

    QuestionText(String original, List<Word> words) {
        this.original = original;
        this.words = List.copyOf(words);
        StringBuilder sb = new StringBuilder();
        wordStarts = new int[this.words.size()];
        for (int i = 0; i < this.words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            wordStarts[i] = sb.length();
            sb.append(this.words.get(i).text());
        }
        joined = sb.toString();
    }

    /** Splits {@code text} into words (lower case; "{A}" kept whole when {@code slots}). */
    static QuestionText of(String text, boolean slots) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (slots && c == '{') {
                int end = text.indexOf('}', i);
                out.add(new Word(text.substring(i, end + 1).toLowerCase(Locale.ROOT), i, end + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || inWord(text, j))) {
                    j++;
                }
                out.add(new Word(text.substring(i, j).toLowerCase(Locale.ROOT).replace('’', '\''), i, j));
                i = j;
            } else if (c == '\'' || c == '’') {
                // a contraction or possessive ending on its own: "'s", "'re"; "n't" is handled by the normaliser
                int j = i + 1;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && !out.isEmpty() && out.get(out.size() - 1).end() == i) {
                    out.add(new Word("'" + text.substring(i + 1, j).toLowerCase(Locale.ROOT), i, j));
                }
                i = Math.max(j, i + 1);
            } else {
                if (c == ',' || c == ':' || c == ';') {
                    out.add(new Word(String.valueOf(c), i, i + 1));
                }
                i++;
            }
        }
        return new QuestionText(text, out);
    }

    /**
     * True when the character at {@code j} continues a word: a hyphen between letters ("left-hand", "twenty-five"), a
     * point or comma between digits ("1.5"), an apostrophe inside "o'clock".
     */
    private static boolean inWord(String s, int j) {
        char c = s.charAt(j);
        boolean before = j > 0 && Character.isLetterOrDigit(s.charAt(j - 1));
        boolean after = j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1));
        if (!before || !after) {
            return false;
        }
        if (c == '-') {
            return true;
        }
        if (c == '.' || c == ',') {
            return Character.isDigit(s.charAt(j - 1)) && Character.isDigit(s.charAt(j + 1));
        }
        if (c == '\'' || c == '’') {
            return s.regionMatches(true, j - 1, "o'clock", 0, 7) || s.regionMatches(true, j - 1, "o’clock", 0, 7);
        }
        return false;
    }

    String original() {
        return original;
    }

    List<Word> words() {
        return words;
    }

    /** The words joined by single spaces. */
    String joined() {
        return joined;
    }

    /** The same question with other words (after a normalising step). */
    QuestionText with(List<Word> other) {
        return new QuestionText(original, other);
    }

    /**
     * The original text behind the joined text's chars [from, to): from the first word that starts inside to the
     * last word that ends inside, separators at either end left out; empty when no word lies inside.
     */
    String source(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            int s = wordStarts[i];
            int e = s + words.get(i).text().length();
            if (s >= from && e <= to && !words.get(i).separator()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? "" : source(words.subList(first, last + 1));
    }

    /** The words behind the joined text's chars [from, to), separators included. */
    List<Word> wordsIn(int from, int to) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int s = wordStarts[i];
            if (s >= from && s + words.get(i).text().length() <= to) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /**
     * The original text of {@code ws} from the first word's start to the last one's end; where normalising spelt out a
     * word ("teh chair" → "the chair"), the words joined by spaces instead (a guessed correction keeps what was
     * written).
     */
    String source(List<Word> ws) {
        if (ws.isEmpty()) {
            return "";
        }
        boolean unchanged = true;
        StringBuilder sb = new StringBuilder();
        for (Word w : ws) {
            String src = original.substring(w.start(), w.end());
            unchanged &= w.guessed() || src.equalsIgnoreCase(w.text())
                    || src.replace('’', '\'').equalsIgnoreCase(w.text());
            if (!sb.isEmpty() && !w.text().startsWith("'")) {
                sb.append(' ');
            }
            sb.append(w.guessed() ? src : w.text());
        }
        return unchanged ? original.substring(ws.get(0).start(), ws.get(ws.size() - 1).end()).strip() : sb.toString();
    }

    @Override
    public String toString() {
        return joined;
    }
}
