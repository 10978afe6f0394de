package org.spatiallift.app.viewmodel;

/** How the 3D view colours the points. */
public enum ColourMode {
    RGB("RGB"),
    INSTANCE("Instance"),
    HEIGHT("Height above floor"),
    DEPTH("Depth from camera");

    private final String label;

    ColourMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
