package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on an output folder, so that two runs never write one dataset: an operating-system file lock on
 * {@value #FILE} inside the folder, which the system releases when the process ends in any way (kill -9 included),
 * so a lock is never stale. The holder writes its process id, start time and purpose into the file; a run that
 * finds the folder locked is refused with those. The file itself stays (deleting it would let two runs lock
 * different files of one name).
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name inside the folder. */
    public static final String FILE = ".spatiallift.lock";

    /**
     * The byte range locked: far beyond the holder's few bytes of text, so that on Windows, where locks are
     * mandatory, a refused run can still read who holds it.
     */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (created if needed) for {@code purpose} ("generate", "export"), or fails with an
     * {@link OutputException} naming the process that holds it.
     */
    public static FolderLock acquire(Path dir, String purpose) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputException(dir, "cannot be used as the output folder (" + e.getMessage() + ")",
                    "Choose a folder you can write to", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        } catch (IOException e) {
            channel.close();
            throw new OutputException(dir, "could not be locked for this run (" + e.getMessage() + ")",
                    "Choose a folder on a local disk", e);
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new OutputException(dir, "is in use by another SpatialLift run (" + holder + ")",
                    "Wait for that run to finish, stop it, or choose another folder", null);
        }
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("unknown");
        byte[] text = ("pid " + self.pid() + ", started " + started + ", " + purpose + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
        } catch (IOException e) {
            channel.close(); // releases the lock
            throw AtomicOutput.failed(file, e);
        }
        return new FolderLock(channel, lock);
    }

    /** Releases the lock (the process's end would too). */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** What the holder wrote ("pid 1234, started ..., generate"), or that it is unknown. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            int n = channel.read(buf, 0);
            String text = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "a process that has not said which yet" : text;
        } catch (IOException e) {
            return "a process that could not be told (" + e.getMessage() + ")";
        }
    }
}
