package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.geometry.SceneGeometry;

/** A quantity of one object ({@code b} unused) or of two. */
@FunctionalInterface
interface Measure {
    double of(SceneGeometry g, int a, int b);
}
