package org.spatiallift.engine.vlm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP POST of a JSON body. {@link #toString()} leaves the headers out: they carry the API key.
 *
 * @param uri     where to post
 * @param headers request headers (Authorization among them when a key is set)
 * @param body    the JSON body, UTF-8
 * @param timeout the longest wait for the whole answer
 */
public record HttpCall(URI uri, Map<String, String> headers, byte[] body, Duration timeout) {

    public HttpCall {
        headers = Map.copyOf(headers);
    }

    /** The same call to another address (a followed redirect). */
    HttpCall to(URI other) {
        return new HttpCall(other, headers, body, timeout);
    }

    @Override
    public String toString() {
        return "HttpCall[POST " + Endpoints.redact(uri) + ", " + body.length + " bytes]";
    }
}
