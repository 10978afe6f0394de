package org.spatiallift.engine.plausibility;

import java.util.Objects;

/**
 * One class's typical metric size and support: a row of {@code resources/.../objects/class-plausibility.csv}.
 *
 * @param label   the detector's label (COCO-80 name)
 * @param height  vertical extent (canonical z) of the object as it stands or lies
 * @param length  largest horizontal extent (the oriented box's longer footprint side)
 * @param thin    smallest of the three extents, as a single view of the whole object shows it
 * @param support where it usually rests
 */
public record ClassSize(String label, SizeRange height, SizeRange length, SizeRange thin, Support support) {

    public ClassSize {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a class size needs a label");
        }
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(thin, "thin");
        Objects.requireNonNull(support, "support");
    }
}
