package org.spatiallift.engine.qa;

import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;

/**
 * An object a QA is about.
 *
 * @param id                   its instance id in the scene
 * @param name                 its class name ("chair")
 * @param description          its unique referring expression in this scene ("the chair on the left")
 * @param boxCanonical         axis-aligned box, canonical frame, m
 * @param orientedBoxCanonical box rotated about z, canonical frame, m and degrees
 * @param alternatives         other unique expressions for it, in order of preference, for questions that the
 *                             description would answer ({@link org.spatiallift.engine.qa.text.Aspect})
 */
public record QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical,
                       List<String> alternatives) {

    /** An object with no alternative expression. */
    public QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical) {
        this(id, name, description, boxCanonical, orientedBoxCanonical, List.of());
    }

    public QaObject {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(boxCanonical, "boxCanonical");
        Objects.requireNonNull(orientedBoxCanonical, "orientedBoxCanonical");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("object " + id + " (" + name + ") needs a referring expression");
        }
    }

    /** The same object as a question names it: {@code used} as its description (one of its expressions). */
    public QaObject namedAs(String used) {
        return used.equals(description) ? this
                : new QaObject(id, name, used, boxCanonical, orientedBoxCanonical, alternatives);
    }
}
