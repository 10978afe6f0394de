package org.spatiallift.engine.ask.intent;

import java.util.Set;

/**
 * Corrects a misspelt word to the one word of a vocabulary (the words the question patterns look for) within a small
 * optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions): 1 for words of 4 to 8
 * letters, 2 from 9 letters ("painting" is not a misspelt "raining"). Words of the vocabulary, of the exempt list
 * (object labels and colours, so that "vase" never turns into "base"), numbers and words of up to 3 letters stay as
 * they are, and so does a word with two equally near candidates. Immutable and thread-safe.
 */
final class TypoCorrector {

    private final Set<String> vocabulary;
    private final Set<String> exempt;

    TypoCorrector(Set<String> vocabulary, Set<String> exempt) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.exempt = Set.copyOf(exempt);
    }

    /** The vocabulary word {@code word} is a misspelling of, or {@code word} itself. */
    String correct(String word) {
        int n = word.length();
        if (n < 4 || vocabulary.contains(word) || exempt.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        int allowed = n >= 9 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String v : vocabulary) {
            if (Math.abs(v.length() - n) > allowed) {
                continue;
            }
            int d = distance(word, v, allowed);
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= allowed && !tie ? best : word;
    }

    /** Optimal string alignment distance, or {@code limit + 1} once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }
}
