package org.spatiallift.engine.qa.template;

/** A placeholder in a template, written {@code {name}} in the template files. */
public enum Slot {
    /** The first object's referring expression. */
    A("A"),
    /** The second object's referring expression. */
    B("B"),
    /** The reference object of a multi-object question ("closest to {X}"). */
    X("X"),
    /** The other objects of a multi-object question, as a list ("the chair, the lamp and the table"). */
    OBJECTS("objects"),
    /** The object an answer picks. */
    CHOICE("choice"),
    /** The object an answer does not pick. */
    OTHER("other"),
    /** The stated quantity with its unit ("1.2 meters", "3 o'clock", "2.5"). */
    VALUE("value"),
    /** A direction word chosen by the geometry ("left", "right", "in front of", "behind"). */
    SIDE("side"),
    /** The distance a question asks about ("1 meter"). */
    THRESHOLD("threshold"),
    /** Objects in the order an answer gives ("the lamp, the chair and the mug"). */
    ORDER("order");

    private static final Slot[] VALUES = values();
    private final String key;

    Slot(String key) {
        this.key = key;
    }

    /** The name between the braces. */
    public String key() {
        return key;
    }

    /** The slot written {@code {key}}, or null. */
    public static Slot byKey(String key) {
        for (Slot s : VALUES) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }
}
