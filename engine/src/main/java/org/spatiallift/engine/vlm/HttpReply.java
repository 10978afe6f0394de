package org.spatiallift.engine.vlm;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP answer: status, headers (names compared without case) and body.
 *
 * @param status  the HTTP status
 * @param headers the headers, each name with its values
 * @param body    the body bytes
 */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {

    public HttpReply {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                h.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
            }
        });
        headers = h;
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
