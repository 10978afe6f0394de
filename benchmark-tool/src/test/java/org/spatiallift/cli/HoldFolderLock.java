package org.spatiallift.cli;

import java.io.IOException;

import org.spatiallift.engine.io.FolderLock;

/** Test helper run as its own process: locks the folder args[0], says "locked" and waits until killed. */
public final class HoldFolderLock {

    private HoldFolderLock() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        FolderLock lock = FolderLock.acquire(java.nio.file.Path.of(args[0]), "generate (test holder)");
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }
}
