package org.spatiallift.engine.qa;

import java.util.Locale;

/** The units lengths are stated in, in answer text. Values kept beside the text are always in metres. */
public enum Units {
    /** "about 1.2 meters", "about 45 centimeters". */
    METRIC,
    /** "roughly 4 feet", "about 18 inches". */
    IMPERIAL,
    /** "about 1.2 meters (4 feet)". */
    BOTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The units called {@code key} ("metric", "imperial" or "both", case-insensitive). */
    public static Units fromKey(String key) {
        for (Units u : values()) {
            if (u.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown units \"" + key + "\": use metric, imperial or both");
    }
}
