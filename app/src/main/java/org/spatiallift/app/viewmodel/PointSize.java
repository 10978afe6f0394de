package org.spatiallift.app.viewmodel;

/**
 * How large the 3D view draws points: {@link #AUTO} draws each point at its size in metres projected (1–4 px, larger
 * near the camera), the others at a fixed number of pixels.
 */
public enum PointSize {
    AUTO(0, "auto"),
    PX1(1, "1 px"),
    PX2(2, "2 px"),
    PX3(3, "3 px"),
    PX4(4, "4 px");

    private final int px;
    private final String label;

    PointSize(int px, String label) {
        this.px = px;
        this.label = label;
    }

    /** Pixels across, or 0 for the size in metres projected. */
    public int px() {
        return px;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
