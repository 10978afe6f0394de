package org.spatiallift.engine.ask.ground;

import java.util.List;

/**
 * A phrase that names an object, read into its parts: "the other red chair on the left" → head "chair", colour
 * "red", attributes [LEFT], other = true.
 *
 * @param text       the phrase, normalised (lower case, words separated by one space)
 * @param reference  a reference to the conversation ("it", "them", "the other one"), else NONE
 * @param head       the words naming the kind of object ("chair", "floor lamp"), or "" ("the red one")
 * @param colour     a colour word, or null
 * @param attributes position and size words, in the order written
 * @param other      "other" or "another" was written ("the other chair")
 */
public record Mention(String text, Reference reference, String head, String colour, List<Attribute> attributes,
                      boolean other) {

    public Mention {
        attributes = List.copyOf(attributes);
    }
}
