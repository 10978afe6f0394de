package org.spatiallift.engine.qa.template;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A template split once into literal text and slots, so that filling it is a few appends (no regex, no parsing,
 * no boxing): "Is {A} left of {B}?" → ["Is ", A, " left of ", B, "?"].
 */
public final class CompiledTemplate {

    private final String text;
    private final String[] literals;
    private final int[] slots;
    private final boolean[] startsSentence;
    private final EnumSet<Slot> used;
    private final boolean namesMetres;

    private CompiledTemplate(String text, String[] literals, int[] slots, EnumSet<Slot> used) {
        this.text = text;
        this.literals = literals;
        this.slots = slots;
        this.used = used;
        String words = String.join(" ", literals).toLowerCase(java.util.Locale.ROOT);
        namesMetres = words.contains("meter") || words.contains("metre");
        startsSentence = new boolean[slots.length];
        for (int k = 0; k < slots.length; k++) {
            String before = literals[k].stripTrailing();
            startsSentence[k] = before.isEmpty() ? k == 0
                    : before.length() < literals[k].length() && ".?!".indexOf(before.charAt(before.length() - 1)) >= 0;
        }
    }

    /**
     * Compiles {@code text}; a slot is {@code {key}} with a key of {@link Slot}. Throws with the position of an
     * unknown key, an unclosed or stray brace.
     */
    public static CompiledTemplate compile(String text) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        EnumSet<Slot> used = EnumSet.noneOf(Slot.class);
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("a '}' without '{' at column " + (i + 1));
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('}', i + 1);
            int nextOpen = text.indexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                throw new IllegalArgumentException("a '{' at column " + (i + 1) + " is not closed");
            }
            String key = text.substring(i + 1, end);
            Slot slot = Slot.byKey(key);
            if (slot == null) {
                throw new IllegalArgumentException("unknown placeholder {" + key + "} at column " + (i + 1));
            }
            literals.add(literal.toString());
            literal.setLength(0);
            slots.add(slot.ordinal());
            used.add(slot);
            i = end + 1;
        }
        literals.add(literal.toString());
        return new CompiledTemplate(text, literals.toArray(String[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray(), used);
    }

    /**
     * Appends the template with {@code values[slot.ordinal()]} in each slot; a value that starts a sentence (at the
     * start, or after ". ", "? " or "! ") gets a capital first letter ("No. The chair is ...").
     */
    public void fill(StringBuilder out, String[] values) {
        out.append(literals[0]);
        for (int k = 0; k < slots.length; k++) {
            String v = values[slots[k]];
            if (startsSentence[k] && !v.isEmpty() && Character.isLowerCase(v.charAt(0))) {
                out.append(Character.toUpperCase(v.charAt(0))).append(v, 1, v.length());
            } else {
                out.append(v);
            }
            out.append(literals[k + 1]);
        }
    }

    /** The slots it uses. */
    /** True when the template's own words name metres ("How many meters …"), not only a filled-in value. */
    public boolean namesMetres() {
        return namesMetres;
    }

    public Set<Slot> slots() {
        return EnumSet.copyOf(used);
    }

    /** True when it uses {@code slot}. */
    public boolean uses(Slot slot) {
        return used.contains(slot);
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
