package org.spatiallift.app.view;

import java.nio.IntBuffer;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.spatiallift.app.render.FrameBuffers;

/**
 * The rendered frame on screen: an image whose pixels are the renderer's colour buffer (a {@link PixelBuffer} over the
 * same int array, so nothing is copied), drawn in device pixels and shown at the view's logical size at its top left
 * (1:1 at a screen scale of 1), reallocated when the frame's size changes.
 */
final class FrameImage extends ImageView {

    private PixelBuffer<IntBuffer> pixels;
    private FrameBuffers frame;

    FrameImage() {
        setPreserveRatio(false);
        setSmooth(false);
        setManaged(false);
    }

    /** The buffers of a frame of {@code width} × {@code height} pixels: the current ones, or new ones for a new size. */
    FrameBuffers buffers(int width, int height) {
        if (frame == null || frame.width() != width || frame.height() != height) {
            IntBuffer buffer = IntBuffer.allocate(width * height);
            pixels = new PixelBuffer<>(width, height, buffer, PixelFormat.getIntArgbPreInstance());
            frame = new FrameBuffers(width, height, buffer.array());
            setImage(new WritableImage(pixels));
        }
        return frame;
    }

    /** The buffers of the last frame, or null before the first. */
    FrameBuffers current() {
        return frame;
    }

    /** Shows what was drawn into the buffers. */
    void present() {
        pixels.updateBuffer(b -> null);
    }

    /** A copy of the frame as it is now (a 1 × 1 background pixel before the first frame). */
    WritableImage copy() {
        if (frame == null) {
            WritableImage empty = new WritableImage(1, 1);
            empty.getPixelWriter().setArgb(0, 0, org.spatiallift.app.render.FrameRenderer.BACKGROUND);
            return empty;
        }
        WritableImage out = new WritableImage(frame.width(), frame.height());
        out.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbInstance(),
                frame.argb(), 0, frame.width());
        return out;
    }
}
