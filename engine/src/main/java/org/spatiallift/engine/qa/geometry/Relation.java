package org.spatiallift.engine.qa.geometry;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import org.spatiallift.engine.qa.Margins;

/**
 * The antisymmetric comparisons behind the yes/no and choice categories. Each has a signed score s(A, B) with
 * s(B, A) = −s(A, B) and a margin m(A, B) = m(B, A); {@link #compare} is +1 when s ≥ m (A has the property over B),
 * −1 when s ≤ −m, and 0 (a near-tie: no question) otherwise. So swapping A and B always flips a decided answer.
 * c is the box centre, e the box extent, lo/hi the box bounds, all in the canonical frame.
 */
public enum Relation {
    /** A is left of B: s = c_B.x − c_A.x, m = position margin over e.x. */
    LEFT {
        @Override
        double score(SceneGeometry g, int a, int b) {
            return g.centre(b, X) - g.centre(a, X);
        }

        @Override
        double margin(SceneGeometry g, Margins m, int a, int b) {
            return m.position(g.extent(a, X), g.extent(b, X));
        }
    },
    /** A is in front of B (nearer the camera along the floor's forward axis): s = c_B.y − c_A.y, position margin over e.y. */
    FRONT {
        @Override
        double score(SceneGeometry g, int a, int b) {
            return g.centre(b, Y) - g.centre(a, Y);
        }

        @Override
        double margin(SceneGeometry g, Margins m, int a, int b) {
            return m.position(g.extent(a, Y), g.extent(b, Y));
        }
    },
    /**
     * A is above B: s = c_A.z − c_B.z, decided only when the height ranges do not overlap by more than the contact
     * tolerance (min(hi_A.z, hi_B.z) − max(lo_A.z, lo_B.z) ≤ contactM): side by side objects are neither.
     */
    ABOVE {
        @Override
        double score(SceneGeometry g, int a, int b) {
            return g.centre(a, Z) - g.centre(b, Z);
        }

        @Override
        double margin(SceneGeometry g, Margins m, int a, int b) {
            return g.overlap(a, b, Z) > m.contactM() ? Double.POSITIVE_INFINITY
                    : m.position(g.extent(a, Z), g.extent(b, Z));
        }
    },
    /** A is taller than B: s = e_A.z − e_B.z, size margin. */
    TALLER {
        @Override
        double score(SceneGeometry g, int a, int b) {
            return g.extent(a, Z) - g.extent(b, Z);
        }

        @Override
        double margin(SceneGeometry g, Margins m, int a, int b) {
            return m.size(g.extent(a, Z), g.extent(b, Z));
        }
    },
    /** A is wider than B (across the view): s = e_A.x − e_B.x, size margin. */
    WIDER {
        @Override
        double score(SceneGeometry g, int a, int b) {
            return g.extent(a, X) - g.extent(b, X);
        }

        @Override
        double margin(SceneGeometry g, Margins m, int a, int b) {
            return m.size(g.extent(a, X), g.extent(b, X));
        }
    },
    /** A is bigger than B: s = ∛V_A − ∛V_B with V the oriented box volume, size margin. */
    BIGGER {
        @Override
        double score(SceneGeometry g, int a, int b) {
            return g.size(a) - g.size(b);
        }

        @Override
        double margin(SceneGeometry g, Margins m, int a, int b) {
            return m.size(g.size(a), g.size(b));
        }
    };

    abstract double score(SceneGeometry g, int a, int b);

    /**
     * True when a near-tie of this relation means "about the same" (positions along x or y, height, width, size).
     * Not for {@link #ABOVE}: its near-ties include objects side by side whose heights overlap, which are not at
     * "about the same height".
     */
    public boolean tieAnswerable() {
        return this != ABOVE;
    }

    abstract double margin(SceneGeometry g, Margins m, int a, int b);

    /** +1 when A has the property over B by the margin, −1 when B has it over A, 0 for a near-tie. */
    public int compare(SceneGeometry g, Margins m, int a, int b) {
        double s = score(g, a, b);
        double margin = margin(g, m, a, b);
        if (s >= margin) {
            return 1;
        }
        return s <= -margin ? -1 : 0;
    }
}
