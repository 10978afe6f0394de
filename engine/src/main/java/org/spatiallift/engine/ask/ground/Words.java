package org.spatiallift.engine.ask.ground;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.spatiallift.engine.perception.describe.ColorName;
import org.spatiallift.engine.perception.describe.ColorNames;

/**
 * The small closed word lists grounding reads mentions with: articles, references to the conversation, position
 * and size words, colour words (the colour table's names, as object descriptions use them), and words that never
 * name an object of the scene ("camera", "floor", "meters").
 */
public final class Words {

    static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your", "our",
            "some", "any");
    /** Words of a mention that say nothing about which object: "the red one", "the object on the left". */
    static final Set<String> FILLERS = Set.of("one", "ones", "object", "objects", "thing", "things", "item", "items",
            "side", "hand", "handed", "most", "more", "very", "on", "in", "at", "to", "of", "over", "there", "here",
            "just", "please", "same", "whole", "hand side");
    static final Map<String, Reference> REFERENCES = Map.ofEntries(
            Map.entry("it", Reference.FOCUS), Map.entry("its", Reference.FOCUS), Map.entry("itself", Reference.FOCUS),
            Map.entry("that", Reference.FOCUS), Map.entry("this", Reference.POINTED),
            Map.entry("that one", Reference.FOCUS), Map.entry("this one", Reference.POINTED),
            Map.entry("that object", Reference.FOCUS), Map.entry("this object", Reference.POINTED),
            Map.entry("that thing", Reference.FOCUS), Map.entry("this thing", Reference.POINTED),
            Map.entry("the same one", Reference.FOCUS), Map.entry("same one", Reference.FOCUS),
            Map.entry("the same object", Reference.FOCUS),
            Map.entry("them", Reference.ALL), Map.entry("they", Reference.ALL), Map.entry("those", Reference.ALL),
            Map.entry("these", Reference.ALL), Map.entry("both", Reference.ALL), Map.entry("both of them", Reference.ALL),
            Map.entry("the two", Reference.ALL), Map.entry("these two", Reference.ALL),
            Map.entry("those two", Reference.ALL), Map.entry("the two of them", Reference.ALL),
            Map.entry("the other one", Reference.OTHER), Map.entry("other one", Reference.OTHER),
            Map.entry("the other", Reference.OTHER), Map.entry("the other object", Reference.OTHER),
            Map.entry("the other thing", Reference.OTHER));
    static final Map<String, Attribute> ATTRIBUTES = attributes();
    /** Nouns of questions that are not objects of the scene. */
    static final Set<String> NOT_OBJECTS = Set.of("camera", "viewer", "lens", "photo", "picture", "image", "view",
            "scene", "room", "floor", "ground", "meter", "meters", "metre", "metres", "feet", "foot", "inch", "inches",
            "centimeter", "centimeters", "height", "width", "depth", "distance", "line", "triangle", "space", "gap",
            "clock", "o'clock", "size", "volume", "middle", "top", "bottom", "front", "back", "left", "right");
    private static final Set<String> COLOURS = colours();

    private Words() {
    }

    /** Lower case, apostrophes dropped, every other non-letter, non-digit a space, single spaces, trimmed. */
    public static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("'s", "").replace("’s", "").replace("'", "").replace("’", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The phrase without a leading article ("the chair" → "chair"). */
    public static String withoutArticle(String normalised) {
        int space = normalised.indexOf(' ');
        if (space > 0 && ARTICLES.contains(normalised.substring(0, space))) {
            return normalised.substring(space + 1);
        }
        return normalised;
    }

    /** "chairs" → "chair", "boxes" → "box", "shelves" → "shelf"; other words unchanged. */
    public static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ves")) {
            return word.substring(0, word.length() - 3) + "f";
        }
        if (word.length() > 3 && (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("sses"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** True for a colour word as object descriptions use it ("red", "grey", "gray"). */
    public static boolean colour(String word) {
        return COLOURS.contains(word);
    }

    /** The same colour word spelled one way ("gray" → "grey"). */
    static String colourKey(String word) {
        return word.equals("gray") ? "grey" : word;
    }

    /** The last word of a normalised phrase. */
    static String lastWord(String phrase) {
        int space = phrase.lastIndexOf(' ');
        return space < 0 ? phrase : phrase.substring(space + 1);
    }

    private static Map<String, Attribute> attributes() {
        Map<String, Attribute> m = new HashMap<>();
        put(m, Attribute.LEFT, "left", "leftmost", "lefthand");
        put(m, Attribute.RIGHT, "right", "rightmost", "righthand");
        put(m, Attribute.FRONT, "front", "nearer", "nearest", "closer", "closest", "foreground", "near");
        put(m, Attribute.BACK, "back", "rear", "behind", "farther", "farthest", "further", "furthest", "distant",
                "background", "far");
        put(m, Attribute.MIDDLE, "middle", "center", "centre", "central");
        put(m, Attribute.HIGH, "upper", "higher", "highest", "top");
        put(m, Attribute.LOW, "lower", "lowest", "bottom");
        put(m, Attribute.BIG, "big", "bigger", "biggest", "large", "larger", "largest", "huge", "giant");
        put(m, Attribute.SMALL, "small", "smaller", "smallest", "little", "tiny", "mini");
        put(m, Attribute.TALL, "tall", "taller", "tallest");
        put(m, Attribute.SHORT, "short", "shorter", "shortest", "low");
        put(m, Attribute.WIDE, "wide", "wider", "widest", "broad");
        put(m, Attribute.NARROW, "narrow", "narrower", "narrowest", "thin", "thinner", "thinnest", "slim");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Attribute> m, Attribute a, String... words) {
        for (String w : words) {
            m.put(w, a);
        }
    }

    private static Set<String> colours() {
        Set<String> out = new HashSet<>(List.of("grey", "gray"));
        for (ColorName c : ColorNames.builtIn().shades()) {
            out.add(normalise(c.reported()));
        }
        return Set.copyOf(out);
    }
}
