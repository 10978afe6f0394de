package org.spatiallift.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.spatiallift.engine.io.FailureRecordingStream;

/**
 * The CLI's standard output: a {@link PrintWriter} straight on file descriptor 1 that keeps the first write error
 * (a full disk, a closed pipe), which {@link PrintWriter} and {@code System.out} would only turn into a flag.
 * {@link OutputCheck} reads it after every command.
 */
final class StdoutWriter extends PrintWriter {

    private final FailureRecordingStream recording;

    private StdoutWriter(FailureRecordingStream recording, Charset charset) {
        super(new OutputStreamWriter(recording, charset), true);
        this.recording = recording;
    }

    /** A writer on file descriptor 1 in the console's (else the platform's) encoding. */
    static StdoutWriter open() {
        String name = System.getProperty("sun.stdout.encoding");
        Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        return new StdoutWriter(new FailureRecordingStream(new FileOutputStream(FileDescriptor.out)), charset);
    }

    /** The first write error, or null. */
    IOException failure() {
        return recording.failure();
    }
}
