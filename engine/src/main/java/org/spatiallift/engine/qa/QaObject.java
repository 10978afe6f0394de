package org.spatiallift.engine.qa;

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
 * @param complete             the picture shows it whole (not cut by the image border, not partly hidden): its box
 *                             measures its size; otherwise only questions about where it is may name it
 *                             ({@link org.spatiallift.engine.qa.category.Category#canAsk})
 */
public record QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical,
                       boolean complete) {

    /** An object the picture shows whole. */
    public QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical) {
        this(id, name, description, boxCanonical, orientedBoxCanonical, true);
    }

    public QaObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(boxCanonical, "boxCanonical");
        Objects.requireNonNull(orientedBoxCanonical, "orientedBoxCanonical");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("object " + id + " (" + name + ") needs a referring expression");
        }
    }
}
