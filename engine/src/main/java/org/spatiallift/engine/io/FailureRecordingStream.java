package org.spatiallift.engine.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on and keeps the first {@link IOException} it saw (a full disk, a closed pipe), so a caller that only
 * learns "something failed" — a {@link java.io.PrintWriter}'s error flag, a wrapped body — can name the real cause.
 */
public final class FailureRecordingStream extends FilterOutputStream {

    private volatile IOException failure;

    public FailureRecordingStream(OutputStream out) {
        super(out);
    }

    /** The first write or flush error, or null. */
    public IOException failure() {
        return failure;
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
