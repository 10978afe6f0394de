package org.spatiallift.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The CLI's standard output: a {@link PrintWriter} straight on file descriptor 1 that keeps the first write error
 * (a full disk, a closed pipe), which {@link PrintWriter} and {@code System.out} would only turn into a flag.
 * {@link OutputCheck} reads it after every command.
 */
final class StdoutWriter extends PrintWriter {

    private final Recording recording;

    private StdoutWriter(Recording recording, Charset charset) {
        super(new OutputStreamWriter(recording, charset), true);
        this.recording = recording;
    }

    /** A writer on file descriptor 1 in the console's (else the platform's) encoding. */
    static StdoutWriter open() {
        String name = System.getProperty("sun.stdout.encoding");
        Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        return new StdoutWriter(new Recording(new FileOutputStream(FileDescriptor.out)), charset);
    }

    /** The first write error, or null. */
    IOException failure() {
        return recording.failure;
    }

    /** Passes bytes on and keeps the first exception it saw. */
    private static final class Recording extends FilterOutputStream {

        private volatile IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
