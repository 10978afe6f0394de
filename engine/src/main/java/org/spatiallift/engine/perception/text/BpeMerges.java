package org.spatiallift.engine.perception.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge table of byte-pair encoding (Sennrich et al. 2016, "Neural Machine Translation of Rare Words with
 * Subword Units"): an ordered list of symbol pairs, the rank of a pair being its line in merges.txt. Applying it
 * to a word: start from its characters; repeatedly take the adjacent pair of <b>lowest rank</b> present in the word
 * and merge every occurrence of it, left to right without overlap; stop when no adjacent pair is in the table or
 * one symbol is left. Immutable.
 */
public final class BpeMerges {

    private final Map<String, Integer> ranks;

    /** Pairs in rank order (rank 0 first), each as its two symbols. */
    public BpeMerges(List<String[]> pairs) {
        Map<String, Integer> r = new HashMap<>();
        for (String[] p : pairs) {
            if (p.length != 2) {
                throw new IllegalArgumentException("a merge is two symbols, got " + List.of(p));
            }
            r.putIfAbsent(key(p[0], p[1]), r.size());
        }
        this.ranks = Map.copyOf(r);
    }

    /**
     * Reads merges.txt: one pair "LEFT RIGHT" a line, separated by one space, in rank order; a first line starting
     * with "#version" and blank lines are skipped.
     *
     * @throws IOException naming the file and the line when a line is not two symbols
     */
    public static BpeMerges read(Path mergesTxt) throws IOException {
        List<String> lines = Files.readAllLines(mergesTxt, StandardCharsets.UTF_8);
        List<String[]> pairs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("#version"))) {
                continue;
            }
            String[] p = line.split(" ", -1);
            if (p.length != 2 || p[0].isEmpty() || p[1].isEmpty()) {
                throw new IOException(mergesTxt + " line " + (i + 1) + ": \"" + line + "\" is not two symbols separated by"
                        + " one space");
            }
            pairs.add(p);
        }
        return new BpeMerges(pairs);
    }

    /** Number of merges. */
    public int size() {
        return ranks.size();
    }

    /** The rank of the pair, or −1 if it is not a merge. */
    public int rank(String left, String right) {
        return ranks.getOrDefault(key(left, right), -1);
    }

    /** {@code symbols} merged as far as the table allows (lowest rank first). */
    public List<String> apply(List<String> symbols) {
        List<String> word = new ArrayList<>(symbols);
        while (word.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < word.size(); i++) {
                int r = rank(word.get(i), word.get(i + 1));
                if (r >= 0 && r < bestRank) {
                    bestRank = r;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            String left = word.get(best);
            String right = word.get(best + 1);
            List<String> merged = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size() && word.get(i).equals(left) && word.get(i + 1).equals(right)) {
                    merged.add(left + right);
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word = merged;
        }
        return word;
    }

    private static String key(String left, String right) {
        return left + '\u0000' + right;
    }
}
