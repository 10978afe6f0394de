package org.spatiallift.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spatiallift.cli.privacy.IsolatedJvm.METADATA_ADDRESS;
import static org.spatiallift.cli.privacy.IsolatedJvm.events;
import static org.spatiallift.cli.privacy.IsolatedJvm.java;
import static org.spatiallift.cli.privacy.IsolatedJvm.watched;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DJL's Hugging Face tokenizers stay offline and keep their files in SpatialLift's folder (docs/decisions/0030). Each
 * run is a JVM of its own in an isolated network ({@code unshare -n}, watched by {@link NetworkWatch}, the cloud
 * metadata address on the loopback device) with {@code HOME} and {@code user.home} an empty folder and without DJL's
 * variables, so what is tested is the engine's own switch ({@code DjlEnvironment}). The control loads the same file
 * through DJL's API without the switch and must be seen calling the metadata service and writing under
 * {@code ~/.djl.ai}, so a broken watch cannot pass. Where namespaces are not permitted the tests skip with a message;
 * under CI=true they fail.
 */
class DjlTokenizerOfflineTest {

    /** The ids of "a red mug" in all-MiniLM-L6-v2's vocabulary, with [CLS] and [SEP]. */
    private static final String IDS = "ids [101, 1037, 2417, 14757, 102]";

    @TempDir
    Path dir;
    private Path tokenizer;
    private Path home;

    @BeforeEach
    void files() throws IOException {
        tokenizer = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, tokenizer);
        }
        home = Files.createDirectories(dir.resolve("home"));
    }

    @Test
    void tokenizerLoadsInAnIsolatedNetworkWithoutLookUpsOrConnectsAndWritesOnlyItsNativeLibrary() throws Exception {
        List<String> report = watched(dir, home, java(home, TokenizerWorkload.class.getName(), "engine",
                tokenizer.toString()));

        assertThat(report).as("the watch saw its own look-up, so it sees look-ups").anyMatch(l -> l.startsWith(
                "dns " + NetworkWatch.SELF_CHECK));
        assertThat(report).contains("exit 0");
        assertThat(events(report)).as("DNS queries and connects of a tokenizer load").isEmpty();
        assertThat(home.resolve(".djl.ai")).as("DJL's default cache").doesNotExist();
        Path natives = home.resolve(".cache/spatiallift/native");
        assertThat(files(home)).as("files written under HOME").isNotEmpty()
                .allMatch(f -> f.startsWith(natives.resolve("tokenizers")), "inside " + natives)
                .anyMatch(f -> f.getFileName().toString().equals(System.mapLibraryName("tokenizers")));
    }

    @Test
    void theEngineTokenizerGivesMiniLmsIds() throws Exception {
        IsolatedJvm.Result r = IsolatedJvm.run(dir, IsolatedJvm.withoutSwitch(home, java(home,
                TokenizerWorkload.class.getName(), "engine", tokenizer.toString())));

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains(IDS);
    }

    @Test
    void controlDjlWithoutTheSwitchCallsTheMetadataServiceAndWritesUnderDotDjl() throws Exception {
        List<String> report = watched(dir, home, java(home, TokenizerWorkload.class.getName(), "raw",
                tokenizer.toString()));

        assertThat(report).contains("exit 0");
        assertThat(events(report)).as("the control: DJL without the switch asks the metadata service when a tokenizer"
                + " loads; if it no longer does, DJL changed: review DjlEnvironment and ADR 0034")
                .anyMatch(l -> l.startsWith("connect tcp 80 to " + METADATA_ADDRESS));
        assertThat(home.resolve(".djl.ai/tokenizers")).as("the control: DJL's default native cache").isDirectory();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
