package org.spatiallift.engine.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an output file all or nothing: the bytes go to a temporary file beside it ({@code .NAME.RANDOM.part} in the
 * same folder, so on the same disk), are forced to the disk and the temporary file is renamed over the target at the
 * end (atomically where the file system can). A failure at any point (a full disk, a quota, a write error) deletes
 * the temporary file and leaves the target as it was, and is reported as an {@link OutputException} that names the
 * file and what to do. Used for every finished file SpatialLift writes: point clouds, scene JSON, exported datasets
 * and the images copied into them.
 */
public final class AtomicOutput {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicOutput.class);

    /** Suffix of the temporary files; a folder never keeps one after a write ends, whatever its outcome. */
    public static final String PART_SUFFIX = ".part";

    /** Writes the content of one file to a stream (closing it is harmless: it only flushes). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Writes {@code target} from {@code body}, all or nothing. */
    public static void write(Path target, Body body) throws IOException {
        write(target, body, UnaryOperator.identity());
    }

    /** Writes {@code text} as UTF-8 to {@code target}, all or nothing. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Copies {@code source} to {@code target}, all or nothing; a source that cannot be read is a plain IOException. */
    public static void copy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            write(target, in::transferTo);
        }
    }

    /**
     * The message for an output that failed: the file, the cause, and to free space or choose another folder. For
     * callers that write in their own way (an append-only journal).
     */
    public static OutputException failed(Path target, IOException cause) {
        if (cause instanceof OutputException already) {
            return already;
        }
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new OutputException(target, "could not be written (" + why + ")",
                "Free some space on that disk (or check that the folder is writable) or choose another folder; "
                        + "nothing half-written was left there", cause);
    }

    /** {@link #write(Path, Body)} with the temporary file's stream wrapped by {@code wrap} (tests inject failures). */
    static void write(Path target, Body body, UnaryOperator<OutputStream> wrap) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path part = dir.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + PART_SUFFIX);
        boolean done = false;
        boolean inBody = false;
        FailureRecordingStream tracked = null;
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                tracked = new FailureRecordingStream(wrap.apply(Channels.newOutputStream(channel)));
                OutputStream out = new BufferedOutputStream(tracked, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is closed here, after it is forced to the disk
                    }
                };
                inBody = true;
                body.writeTo(out);
                inBody = false;
                out.flush();
                channel.force(true);
            }
            move(part, absolute);
            done = true;
        } catch (IOException e) {
            // the body's own failures (reading its source) pass as they are; writing the file is this class's
            throw inBody && tracked.failure() == null ? e : failed(target, e);
        } finally {
            if (!done) {
                deletePart(part);
            }
        }
    }

    private static void deletePart(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("{}: could not delete the unfinished temporary file ({})", part, e.getMessage());
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
