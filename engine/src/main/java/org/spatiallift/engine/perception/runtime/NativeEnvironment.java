package org.spatiallift.engine.perception.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Sets a variable in the process's native environment (the C library's {@code environ}, which native libraries read
 * with {@code getenv}); {@link System#getenv} is a copy taken at start and does not see it. POSIX {@code setenv(3)}
 * through JNA. Call it before the native library that reads the variable is loaded, while no other thread reads the
 * environment.
 */
final class NativeEnvironment {

    private NativeEnvironment() {
    }

    /** The C library's environment functions. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Whether this platform has a POSIX C library whose environment native libraries read. */
    static boolean supported() {
        return !Platform.isWindows();
    }

    /**
     * {@code setenv(name, value, 1)}.
     *
     * @throws IllegalStateException if the C library cannot be loaded or refuses (its {@code errno} in the message)
     */
    static void set(String name, String value) {
        CLibrary c;
        try {
            c = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
        } catch (LinkageError e) {
            throw new IllegalStateException("cannot reach the C library to set " + name + " (" + e.getMessage() + ")", e);
        }
        if (c.setenv(name, value, 1) != 0) {
            throw new IllegalStateException("setenv(" + name + ") failed with errno " + Native.getLastError());
        }
    }
}
