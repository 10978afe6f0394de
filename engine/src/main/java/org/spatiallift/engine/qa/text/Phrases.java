package org.spatiallift.engine.qa.text;

/** Small text helpers for filled templates. */
public final class Phrases {

    private Phrases() {
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(String[] items, int from, int to) {
        return list(items, from, to, "and");
    }

    /** "a", "a or b", "a, b or c" with {@code conjunction} "or"; "and" likewise. */
    public static String list(String[] items, int from, int to, String conjunction) {
        int n = to - from;
        if (n <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(24 * n);
        for (int i = from; i < to; i++) {
            if (i > from) {
                if (i == to - 1) {
                    sb.append(' ').append(conjunction).append(' ');
                } else {
                    sb.append(", ");
                }
            }
            sb.append(items[i]);
        }
        return sb.toString();
    }

    /** Upper-cases the first character in place (a sentence that starts with "the chair"). */
    public static void capitalise(StringBuilder sb) {
        if (sb.length() > 0) {
            char c = sb.charAt(0);
            if (Character.isLowerCase(c)) {
                sb.setCharAt(0, Character.toUpperCase(c));
            }
        }
    }
}
