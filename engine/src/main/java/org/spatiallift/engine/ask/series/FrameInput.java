package org.spatiallift.engine.ask.series;

import java.util.Objects;

import org.spatiallift.engine.io.RgbdRequest;

/**
 * One RGB-D frame of a sequence.
 *
 * @param name    how files and plots name the frame (its colour file as listed, "color/00003.jpg")
 * @param request what to load for it: colour, depth (required), and optionally a label map and its names
 */
public record FrameInput(String name, RgbdRequest request) {

    public FrameInput {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a frame needs a name");
        }
        Objects.requireNonNull(request, "request");
    }
}
