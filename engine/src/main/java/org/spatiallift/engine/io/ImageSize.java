package org.spatiallift.engine.io;

/** The size an image's header claims, pixels. */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
