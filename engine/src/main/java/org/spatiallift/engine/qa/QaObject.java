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
 */
public record QaObject(int id, String name, String description, Box3 boxCanonical, OrientedBox orientedBoxCanonical) {

    public QaObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(boxCanonical, "boxCanonical");
        Objects.requireNonNull(orientedBoxCanonical, "orientedBoxCanonical");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("object " + id + " (" + name + ") needs a referring expression");
        }
    }
}
