package org.spatiallift.engine.perception.describe;

import java.util.Locale;

/** Small helpers for English phrases. */
final class English {

    private English() {
    }

    /** "chair" → "chairs", "glass" → "glasses", "box" → "boxes", "teddy" → "teddies"; the last word of a phrase. */
    static String plural(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) {
            return noun + "es";
        }
        if (n.length() > 1 && n.endsWith("y") && "aeiou".indexOf(n.charAt(n.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
