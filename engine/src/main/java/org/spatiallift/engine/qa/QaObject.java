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
 * @param complete             the picture shows it whole (not cut by the image border, not partly hidden): its box
 *                             measures its size; otherwise only questions about where it is may name it
 *                             ({@link org.spatiallift.engine.qa.category.Category#canAsk})
 */
public record QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical,
                       List<String> alternatives, boolean complete) {

    /** An object the picture shows whole, with no alternative expression. */
    public QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical) {
        this(id, name, description, boxCanonical, orientedBoxCanonical, List.of(), true);
    }

    /** An object the picture shows whole. */
    public QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical,
                    List<String> alternatives) {
        this(id, name, description, boxCanonical, orientedBoxCanonical, alternatives, true);
    }

    /** An object with no alternative expression. */
    public QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical,
                    boolean complete) {
        this(id, name, description, boxCanonical, orientedBoxCanonical, List.of(), complete);
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
                : new QaObject(id, name, used, boxCanonical, orientedBoxCanonical, alternatives, complete);
    }
}
