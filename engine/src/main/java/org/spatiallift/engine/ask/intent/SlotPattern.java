package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question shape with slots, matched against a whole {@link QuestionText}: words, slots {A} {B} {X} {objects}
 * {threshold}, optional parts {@code [in front]}, alternatives {@code (near|close) to} and "," for a separator that
 * must be there. Compiled once into a
 * regular expression over the words joined by single spaces, in which list separators (",", ":") may appear or not
 * between any two parts and each slot takes at least one word (lazily, so that the literal words after it bind as
 * early as they can). Immutable and thread-safe.
 */
final class SlotPattern {

    /** A slot of a pattern. */
    enum Slot { A, B, X, OBJECTS, THRESHOLD }

    /** One match: each slot's char range in the joined words, and how many words were literal (not in a slot). */
    record Match(Map<Slot, int[]> slots, int literalWords) {
    }

    private static final String SEP = "(?: [,:;])*";
    private final String spec;
    private final Pattern regex;
    private final List<Slot> groups;

    private SlotPattern(String spec, Pattern regex, List<Slot> groups) {
        this.spec = spec;
        this.regex = regex;
        this.groups = List.copyOf(groups);
    }

    /**
     * Compiles {@code spec}: words separated by spaces, {slot}, [optional part], (alternative|alternative); throws
     * naming the spec when a bracket is not closed or a slot is unknown.
     */
    static SlotPattern compile(String spec) {
        String padded = spec.replace("[", " [ ").replace("]", " ] ").replace("(", " ( ").replace(")", " ) ")
                .replace("|", " | ");
        List<String> tokens = new ArrayList<>(List.of(padded.strip().split("\\s+")));
        List<Slot> groups = new ArrayList<>();
        int[] pos = {0};
        String body = sequence(tokens, pos, groups, spec);
        if (pos[0] != tokens.size()) {
            throw new IllegalArgumentException("pattern \"" + spec + "\": unexpected \"" + tokens.get(pos[0]) + "\"");
        }
        return new SlotPattern(spec, Pattern.compile("^" + body + SEP + " $"), groups);
    }

    private static String sequence(List<String> tokens, int[] pos, List<Slot> groups, String spec) {
        StringBuilder sb = new StringBuilder();
        while (pos[0] < tokens.size()) {
            String t = tokens.get(pos[0]);
            if (t.equals("]") || t.equals(")") || t.equals("|")) {
                break;
            }
            pos[0]++;
            if (t.equals("[") || t.equals("(")) {
                String close = t.equals("[") ? "]" : ")";
                List<String> alternatives = new ArrayList<>();
                alternatives.add(sequence(tokens, pos, groups, spec));
                while (pos[0] < tokens.size() && tokens.get(pos[0]).equals("|")) {
                    pos[0]++;
                    alternatives.add(sequence(tokens, pos, groups, spec));
                }
                if (pos[0] >= tokens.size() || !tokens.get(pos[0]).equals(close)) {
                    throw new IllegalArgumentException("pattern \"" + spec + "\": a \"" + t + "\" is not closed");
                }
                pos[0]++;
                // the longest alternative first, so that "(further|further back) {A}" binds "further back" and
                // does not leave "back" to the slot
                alternatives.sort(java.util.Comparator.comparingInt(String::length).reversed());
                sb.append("(?:").append(String.join("|", alternatives)).append(')');
                if (close.equals("]")) {
                    sb.append('?');
                }
            } else if (t.startsWith("{") && t.endsWith("}")) {
                groups.add(slot(t, spec));
                sb.append(SEP).append("( .+?)");
            } else if (t.equals(",")) {
                sb.append(SEP).append(" [,:;]");
            } else {
                sb.append(SEP).append(' ').append(Pattern.quote(t));
            }
        }
        return sb.toString();
    }

    private static Slot slot(String token, String spec) {
        String key = token.substring(1, token.length() - 1).toLowerCase(java.util.Locale.ROOT);
        return switch (key) {
            case "a" -> Slot.A;
            case "b" -> Slot.B;
            case "x" -> Slot.X;
            case "objects" -> Slot.OBJECTS;
            case "threshold" -> Slot.THRESHOLD;
            default -> throw new IllegalArgumentException("pattern \"" + spec + "\": unknown slot " + token
                    + " (use {A}, {B}, {X}, {objects}, {threshold})");
        };
    }

    /** The match of the whole of {@code text}, or null. */
    Match match(QuestionText text) {
        String joined = text.joined();
        Matcher m = regex.matcher(" " + joined + " ");
        if (!m.matches()) {
            return null;
        }
        Map<Slot, int[]> slots = new EnumMap<>(Slot.class);
        int slotWords = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (m.group(g + 1) == null) {
                continue;
            }
            // the group starts with the space before its first word; the joined text starts one char later
            int from = m.start(g + 1);
            int to = m.end(g + 1) - 1;
            slots.putIfAbsent(groups.get(g), new int[] {from, to});
            slotWords += text.wordsIn(from, to).size();
        }
        return new Match(slots, text.words().size() - slotWords);
    }

    /** The slots this pattern may fill. */
    List<Slot> slots() {
        return groups;
    }

    @Override
    public String toString() {
        return spec;
    }
}
