package org.spatiallift.engine.vlm;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@link HttpTransport} on {@link HttpClient}: HTTP/1.1, a connect timeout, redirects never followed. */
public final class JdkHttpTransport implements HttpTransport {

    private final HttpClient client;

    public JdkHttpTransport(Duration connectTimeout) {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public HttpReply send(HttpCall call) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(call.uri()).timeout(call.timeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(b::header);
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new HttpReply(r.statusCode(), r.headers().map(), r.body());
    }
}
