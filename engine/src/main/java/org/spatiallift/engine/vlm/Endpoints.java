package org.spatiallift.engine.vlm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for OpenAI-compatible addresses: a base URL given with or without {@code /v1} (or as the full
 * {@code /v1/chat/completions}) becomes the chat completions address; an address is shown without user info or query.
 */
public final class Endpoints {

    private static final String COMPLETIONS = "/chat/completions";

    private Endpoints() {
    }

    /**
     * The base URL as {@code scheme://host[:port]/path} with the path ending in {@code /v1} (appended when absent),
     * the form every server here accepts ("http://localhost:11434" → "http://localhost:11434/v1").
     *
     * @throws IllegalArgumentException naming the value when it is not an http(s) URL with a host, or carries user info
     *                                  or a query (keys go in the environment or the keystore, never in the URL)
     */
    public static URI base(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("VLM base URL: none given; give the server's address, for example "
                    + "http://localhost:11434/v1 (Ollama)");
        }
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("VLM base URL \"" + url + "\": not a URL (" + e.getReason()
                    + "); give it as http://host:port/v1");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("VLM base URL \"" + redact(u) + "\": not an http(s) URL; give it as "
                    + "http://host:port/v1");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("VLM base URL \"" + redact(u) + "\": names no host; give it as "
                    + "http://host:port/v1");
        }
        if (u.getRawUserInfo() != null || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("VLM base URL \"" + redact(u) + "\": has user info, a query or a "
                    + "fragment; give the bare address and put the API key in the environment variable or the keystore");
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(COMPLETIONS)) {
            path = path.substring(0, path.length() - COMPLETIONS.length());
        }
        if (!path.endsWith("/v1")) {
            path = path + "/v1";
        }
        return URI.create(scheme + "://" + u.getRawAuthority() + path);
    }

    /** The chat completions address of a base from {@link #base}. */
    public static URI chatCompletions(URI base) {
        return URI.create(base + COMPLETIONS);
    }

    /** {@code u} as scheme, host, port and path: no user info, no query, no fragment (they may hold secrets). */
    public static String redact(URI u) {
        if (u.getHost() == null) {
            return u.getScheme() == null ? "(address)" : u.getScheme() + ":(address)";
        }
        return u.getScheme() + "://" + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "")
                + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    /** True when {@code a} and {@code b} have the same scheme, host and port. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
