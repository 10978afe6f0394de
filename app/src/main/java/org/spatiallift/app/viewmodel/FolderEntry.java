package org.spatiallift.app.viewmodel;

import java.nio.file.Path;

/**
 * An image in the folder browser with what was found to go with it: {@code request} opens it (its depth is null when
 * no depth file was found), {@code caption} says what was paired ("depth: depth/00000.png (png16)").
 */
public record FolderEntry(Path image, OpenRequest request, String caption) {

    public boolean hasDepth() {
        return request.depth() != null;
    }
}
