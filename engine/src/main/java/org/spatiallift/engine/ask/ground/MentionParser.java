package org.spatiallift.engine.ask.ground;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a mention into its parts ({@link Mention}): a reference to the conversation when the whole phrase is one
 * ("it", "both of them", "the other one"); otherwise articles and filler words dropped, "other"/"another" noted,
 * colour and position/size words taken out, and the words left over are the head ("the big red chair on the left" →
 * head "chair"). "far" before "left"/"right" intensifies ("on the far left"), elsewhere it means at the back.
 */
public final class MentionParser {

    private MentionParser() {
    }

    public static Mention parse(String phrase) {
        String text = Words.normalise(phrase);
        Reference ref = Words.REFERENCES.get(text);
        if (ref != null) {
            return new Mention(text, ref, "", null, List.of(), ref == Reference.OTHER);
        }
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        List<String> head = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        String colour = null;
        boolean other = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (w.equals("other") || w.equals("another")) {
                other = true;
            } else if (w.equals("far") && (next.equals("left") || next.equals("right"))) {
                continue;
            } else if (Words.ATTRIBUTES.containsKey(w)) {
                Attribute a = Words.ATTRIBUTES.get(w);
                if (!attributes.contains(a)) {
                    attributes.add(a);
                }
            } else if (Words.colour(w)) {
                colour = Words.colourKey(w);
            } else if (!Words.ARTICLES.contains(w) && !Words.FILLERS.contains(w)) {
                head.add(w);
            }
        }
        return new Mention(text, Reference.NONE, String.join(" ", head), colour, attributes, other);
    }
}
