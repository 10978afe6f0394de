package org.spatiallift.engine.sample;

import java.util.Arrays;
import java.util.Locale;

/** The primitive shapes a generated scene is built from; each is sized by its edge lengths (x', y', z) in metres. */
public enum Shape {
    /** A box with edges (x', y', z). */
    BOX("box"),
    /** A vertical cylinder: diameter x' = y', height z. */
    CYLINDER("cylinder"),
    /** A sphere: diameter x' = y' = z. */
    SPHERE("sphere");

    private final String key;

    Shape(String key) {
        this.key = key;
    }

    /** The name used in JSON and in {@link TruthObject#shape()}: "box", "cylinder" or "sphere". */
    public String key() {
        return key;
    }

    /** The shape called {@code key} (case-insensitive); throws naming the accepted keys otherwise. */
    public static Shape fromKey(String key) {
        for (Shape s : values()) {
            if (s.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown shape \"" + key + "\", expected one of "
                + Arrays.stream(values()).map(Shape::key).toList());
    }
}
