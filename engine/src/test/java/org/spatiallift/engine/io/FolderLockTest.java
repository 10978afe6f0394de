package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In one process; {@code GenerateLockTest} in the command line's tests holds the lock from another process. */
class FolderLockTest {

    @TempDir
    Path dir;

    @Test
    void aLockedFolderIsRefusedNamingTheHolderAndFreeAgainAfterClose() throws IOException {
        Path out = dir.resolve("dataset");
        try (FolderLock held = FolderLock.acquire(out, "generate")) {
            assertThatThrownBy(() -> FolderLock.acquire(out, "generate"))
                    .isInstanceOf(OutputException.class)
                    .hasMessageStartingWith(out + ": is in use by another SpatialLift run (pid "
                            + ProcessHandle.current().pid() + ", started ")
                    .hasMessageContaining("generate)")
                    .hasMessageEndingWith("Wait for that run to finish, stop it, or choose another folder");
        }
        try (FolderLock again = FolderLock.acquire(out, "export")) {
            assertThat(out.resolve(FolderLock.FILE)).content().contains("export");
        }
    }
}
