package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A file server on 127.0.0.1 for download tests: serves {@code body} at /model.onnx, honours
 * {@code Range: bytes=N-} with 206 when {@code ranges} is on, and can misbehave on purpose: break off after
 * {@code truncateAt} bytes (a broken connection), answer with an HTTP error, or serve other bytes; or stall after
 * {@code holdAt} bytes until closed (a slow download to cancel). Records every Range header it receives. Stops when
 * closed. Public for the app's download tests.
 */
public final class LocalHttpServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final CountDownLatch released = new CountDownLatch(1);
    public volatile byte[] body;
    public volatile boolean ranges = true;
    public volatile long truncateAt = -1;
    public volatile long holdAt = -1;
    public volatile int errorStatus = 0;
    public final List<String> rangeHeaders = new CopyOnWriteArrayList<>();
    public final List<String> paths = new CopyOnWriteArrayList<>();

    public LocalHttpServer(byte[] body) throws IOException {
        this.body = body;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        paths.add(ex.getRequestURI().getPath());
        try (ex) {
            if (errorStatus != 0) {
                ex.sendResponseHeaders(errorStatus, -1);
                return;
            }
            byte[] b = body;
            int start = 0;
            String range = ex.getRequestHeaders().getFirst("Range");
            if (range != null) {
                rangeHeaders.add(range);
            }
            if (range != null && ranges) {
                Matcher m = RANGE.matcher(range);
                if (m.matches()) {
                    start = Integer.parseInt(m.group(1));
                    if (start >= b.length) {
                        ex.getResponseHeaders().add("Content-Range", "bytes */" + b.length);
                        ex.sendResponseHeaders(416, -1);
                        return;
                    }
                    ex.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + (b.length - 1) + "/" + b.length);
                }
            }
            ex.sendResponseHeaders(start > 0 ? 206 : 200, b.length - start);
            OutputStream out = ex.getResponseBody();
            long end = truncateAt >= 0 ? Math.min(b.length, truncateAt) : b.length;
            if (holdAt > start && holdAt < end) {
                out.write(b, start, (int) (holdAt - start));
                out.flush();
                awaitRelease();
                throw new IOException("held at byte " + holdAt + " until the server closed");
            }
            if (end > start) {
                out.write(b, start, (int) (end - start));
            }
            out.flush();
            if (end < b.length) {
                // break the connection: the client sees fewer bytes than Content-Length
                throw new IOException("deliberate truncation at byte " + end);
            }
        }
    }

    private void awaitRelease() {
        try {
            released.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
