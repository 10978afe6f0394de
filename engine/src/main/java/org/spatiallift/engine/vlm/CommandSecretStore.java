package org.spatiallift.engine.vlm;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keystore read through its command-line tool, which prints the secret on standard output: Linux's
 * {@code secret-tool lookup service S account A} (libsecret; exit 1 when nothing is stored) and macOS's
 * {@code security find-generic-password -s S -a A -w}. The tool is looked up on the PATH given (not the JVM's own
 * search), run without a shell, its arguments passed as they are, and stopped after {@link #TIMEOUT_SECONDS}.
 * Nothing it prints is logged.
 */
final class CommandSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(CommandSecretStore.class);
    static final int TIMEOUT_SECONDS = 10;
    private static final int MAX_OUTPUT = 16 * 1024;

    private final String tool;
    private final String path;
    private final UnaryOperator<String> arguments;
    private final UnaryOperator<String> hint;

    private CommandSecretStore(String tool, String path, UnaryOperator<String> arguments, UnaryOperator<String> hint) {
        this.tool = tool;
        this.path = path == null ? "" : path;
        this.arguments = arguments;
        this.hint = hint;
    }

    /** libsecret's {@code secret-tool} (GNOME Keyring, KWallet through its Secret Service). */
    static CommandSecretStore secretTool(String path) {
        return new CommandSecretStore("secret-tool", path, a -> "lookup\nservice\n" + SERVICE + "\naccount\n" + a,
                a -> "secret-tool store --label='SpatialLift VLM key' service " + SERVICE + " account " + a);
    }

    /** macOS's {@code security} (the login keychain). */
    static CommandSecretStore macKeychain(String path) {
        return new CommandSecretStore("security", path, a -> "find-generic-password\n-s\n" + SERVICE + "\n-a\n" + a
                + "\n-w", a -> "security add-generic-password -s " + SERVICE + " -a " + a + " -w");
    }

    @Override
    public String storeHint(String account) {
        return hint.apply(account);
    }

    @Override
    public ApiKey find(String account) {
        Path exe = locate(tool, path);
        if (exe == null) {
            LOG.debug("no {} on the PATH: the VLM API key is read from the environment only", tool);
            return ApiKey.NONE;
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(List.of(arguments.apply(account).split("\n")));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = readBounded(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.warn("{} did not answer within {} s; the VLM API key is read from the environment only", tool,
                        TIMEOUT_SECONDS);
                return ApiKey.NONE;
            }
            if (p.exitValue() != 0) {
                LOG.debug("{} has no VLM API key for {} (exit {})", tool, account, p.exitValue());
                return ApiKey.NONE;
            }
            String value = new String(out, StandardCharsets.UTF_8).strip();
            return ApiKey.of(value, tool);
        } catch (IOException e) {
            LOG.warn("{} could not be run ({}); the VLM API key is read from the environment only", tool,
                    e.getClass().getSimpleName());
            return ApiKey.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ApiKey.NONE;
        }
    }

    /** The first executable file called {@code name} in the folders of {@code path}, or null. */
    static Path locate(String name, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > MAX_OUTPUT) {
                throw new IOException("the keystore tool printed more than " + MAX_OUTPUT + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
