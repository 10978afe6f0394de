package org.spatiallift.engine.qa.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.AtomicOutput;
import org.spatiallift.engine.io.FolderLock;
import org.spatiallift.engine.io.OutputException;

/**
 * A QA dataset folder written append-only, so that a run killed at any moment resumes without duplicates or gaps.
 * The dataset file ({@link ExportFormat#fileName()}) is its own journal: one complete line per finished image,
 * written with one write call and flushed. On {@link #open}, the lines already there name the images that are done;
 * a last line without its line break (the process died while writing it) is cut off, and that image is done again.
 * For an imagefolder, the image is copied under {@code images/} (all or nothing, {@link AtomicOutput}) before its
 * line is written. Not thread-safe; one writer per folder, which {@link #open} makes sure of with a
 * {@link FolderLock} held until {@link #close}.
 */
public final class QaDataset implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QaDataset.class);

    private final Path dir;
    private final ExportFormat format;
    private final Set<String> done;
    private final int repairedBytes;
    private final OutputStream out;
    private final FolderLock lock;
    private final boolean copyImages;

    private QaDataset(Path dir, ExportFormat format, Set<String> done, int repairedBytes, OutputStream out,
                      FolderLock lock, boolean copyImages) {
        this.dir = dir;
        this.format = format;
        this.done = done;
        this.repairedBytes = repairedBytes;
        this.out = out;
        this.lock = lock;
        this.copyImages = copyImages || format == ExportFormat.IMAGEFOLDER;
    }

    /**
     * Opens (creating) the dataset in {@code dir}, reading which images are done and repairing a torn last line.
     * Fails with an {@link OutputException} naming the holder when another run has the folder open.
     */
    public static QaDataset open(Path dir, ExportFormat format) throws IOException {
        return open(dir, format, false);
    }

    /**
     * {@link #open(Path, ExportFormat)}, copying each image into the dataset's {@code images/} folder and naming it
     * there, relative to the dataset ({@code copyImages}; an imagefolder always does), so the folder is self-contained.
     */
    public static QaDataset open(Path dir, ExportFormat format, boolean copyImages) throws IOException {
        FolderLock lock = FolderLock.acquire(dir, "a " + format.key() + " dataset");
        try {
            return open(dir, format, lock, copyImages);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static QaDataset open(Path dir, ExportFormat format, FolderLock lock, boolean copyImages)
            throws IOException {
        Path file = dir.resolve(format.fileName());
        int cut = 0;
        Set<String> done = new LinkedHashSet<>();
        if (Files.exists(file)) {
            cut = truncateTornLine(file);
            int lineNo = 0;
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        done.add(ExportFormat.imageOf(line));
                    } catch (IOException e) {
                        throw new IOException(file + ":" + lineNo + ": not a SpatialLift " + format.key()
                                + " line (" + e.getMessage() + "); move the file away or choose another --out", e);
                    }
                }
            }
        }
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (cut > 0) {
            LOG.warn("{}: cut off an unfinished last line ({} bytes) left by an interrupted run", file, cut);
        }
        return new QaDataset(dir, format, done, cut, out, lock, copyImages);
    }

    /**
     * The path a line gives for the image with {@code key}: inside the dataset ({@code images/KEY}, a leading root or
     * drive dropped) when images are copied, else the key as given.
     */
    public String imageFile(String key) {
        return copyImages ? ExportFormat.copiedPath(key) : key;
    }

    /** Images already in the dataset (by key), in file order. */
    public Set<String> done() {
        return Collections.unmodifiableSet(done);
    }

    /** Bytes of an unfinished last line cut off when opening (0 when the file was whole). */
    public int repairedBytes() {
        return repairedBytes;
    }

    public Path file() {
        return dir.resolve(format.fileName());
    }

    public ExportFormat format() {
        return format;
    }

    /**
     * Appends one image's QA (copying {@code image} into the dataset first when images are copied). The line is
     * serialised before anything is written, and written with one call.
     */
    public void append(ImageQa qa, Path image) throws IOException {
        if (done.contains(qa.image())) {
            throw new IllegalStateException(qa.image() + " is already in " + file());
        }
        byte[] line = (format.write(qa) + "\n").getBytes(StandardCharsets.UTF_8);
        if (copyImages) {
            Path target = dir.resolve(qa.imageFile()).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("the image key " + qa.image() + " leads outside " + dir);
            }
            Files.createDirectories(target.getParent());
            AtomicOutput.copy(image, target);
        }
        try {
            out.write(line);
            out.flush();
        } catch (IOException e) {
            throw new OutputException(file(), "could not be written (" + e.getMessage() + ")",
                    "Free some space on that disk or choose another folder; the same command resumes the dataset "
                            + "(an unfinished last line is cut off)", e);
        }
        done.add(qa.image());
    }

    /** Every line of the dataset file, read back. */
    public static List<ImageQa> readAll(Path dir, ExportFormat format) throws IOException {
        List<ImageQa> out = new ArrayList<>();
        Path file = dir.resolve(format.fileName());
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (!line.isBlank()) {
                try {
                    out.add(format.read(line));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            lock.close();
        }
    }

    /** Cuts the file after its last line break; returns the bytes removed. */
    private static int truncateTornLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                ch.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                ch.truncate(end);
            }
            return (int) (size - end);
        }
    }
}
