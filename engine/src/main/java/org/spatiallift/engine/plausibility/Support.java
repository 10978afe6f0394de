package org.spatiallift.engine.plausibility;

import java.util.Locale;

/** Where a class of object usually rests ({@code support} column of the class size table). */
public enum Support {
    /** Stands on the floor: its top above the floor is its height, which the check holds against the range. */
    FLOOR,
    /** Usually on a table, counter or shelf; not checked (it may stand anywhere). */
    RAISED,
    /** Held, carried or lying anywhere; not checked. */
    ANY,
    /** Hangs from something; not checked. */
    HANGING,
    /** Fixed to a wall; not checked. */
    WALL;

    /** The support named {@code text} ("floor", "raised", …), or null when the text names none. */
    static Support parse(String text) {
        for (Support s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
