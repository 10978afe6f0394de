package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The memory one frame needs, estimated from its header's size before any pixel is decoded, so that a frame too
 * large for the Java heap is refused with a message instead of crashing with an {@link OutOfMemoryError} half-way.
 * <p>
 * The figures come from the smallest {@code -Xmx} that lifted and asked QA about the built-in scene scaled up
 * (bisection, 2026-12-02): at 4.9 megapixels 222 MB for a lift without labels, 303 MB with its label map (lift or
 * qa), 490 MB with a label map over the whole frame (two objects); 67 MB for a lift at 1.2 megapixels. That is about
 * 42, 59 and 97 bytes per pixel over a small base; the figures below add a margin for the G1 collector's headroom.
 * With a label map the worst case is taken (labels over the whole frame: every pixel belongs to an object), since
 * the coverage is not known before the labels are decoded. The same rule serves the command line and the app; a run that
 * still runs out of memory (several frames in parallel, a model's own buffers) gets {@link #outOfMemory}'s message.
 */
public final class FrameMemory {

    /** Heap bytes per pixel of a lift without a label map (depth, colour, the cloud, the floor fit). */
    static final long BYTES_PER_PIXEL = 48;
    /** Heap bytes per pixel with a label map covering the frame (objects' points, boxes, QA). */
    static final long BYTES_PER_PIXEL_LABELLED = 112;
    /** Heap the process needs besides the frame (classes, templates, buffers). */
    static final long BASE_BYTES = 64L << 20;

    private FrameMemory() {
    }

    /** The heap a frame of {@code pixels} needs, bytes. */
    public static long estimate(long pixels, boolean labelled) {
        return BASE_BYTES + pixels * (labelled ? BYTES_PER_PIXEL_LABELLED : BYTES_PER_PIXEL);
    }

    /** Refuses a frame of {@code width} x {@code height} that needs more than the heap's maximum. */
    public static void require(Path image, long width, long height, boolean labelled) throws InputException {
        require(image, width, height, labelled, Runtime.getRuntime().maxMemory());
    }

    /** {@link #require(Path, long, long, boolean)} against a heap of at most {@code maxHeap} bytes. */
    static void require(Path image, long width, long height, boolean labelled, long maxHeap) throws InputException {
        long needed = estimate(width * height, labelled);
        if (needed <= maxHeap) {
            return;
        }
        throw new InputException(image, String.format(Locale.ROOT,
                "a %dx%d frame (%.1f megapixels%s) needs about %s of memory, but Java may use at most %s here",
                width, height, width * height / 1e6, labelled ? ", with a label map" : "", size(needed), size(maxHeap)),
                Advice.moreMemory(needed).commandLine()).advise(Advice.moreMemory(needed));
    }

    /** The message for a frame that ran out of memory after all (the image, the heap and how to give more). */
    public static InputException outOfMemory(Path image, OutOfMemoryError e) {
        long max = Runtime.getRuntime().maxMemory();
        return new InputException(image, "ran out of memory (" + e.getMessage() + ") with at most " + size(max)
                + " for Java", Advice.moreMemory(max * 2).commandLine() + "; with --workers, fewer images in parallel need"
                + " less").advise(Advice.moreMemory(max * 2));
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
