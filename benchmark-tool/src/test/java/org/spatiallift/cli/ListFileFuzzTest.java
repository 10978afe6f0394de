package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.List;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for {@code generate --list FILE}: any bytes are either read as a list of images or refused with an
 * {@link InputException} naming the file and line; anything else is a defect. The list sits in a folder holding one
 * image with its depth, so that lines can name files that exist. Seeds and crash fixtures:
 * {@code ListFileFuzzTestInputs/list/} in the test resources (docs/decisions/0016).
 */
class ListFileFuzzTest {

    @FuzzTest
    void list(byte[] data) {
        Path list = FuzzFiles.write("lists/list.txt", data);
        FuzzFiles.write("lists/color/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        FuzzFiles.write("lists/depth/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        try {
            InputDiscovery.discover(List.of(), list, new InputDiscovery.Defaults(null, null, null));
        } catch (InputException expected) {
            // refused with a message
        }
    }
}
