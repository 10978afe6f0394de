package org.spatiallift.engine.vlm;

import java.io.IOException;

/**
 * The network, behind one method, so that tests and callers can put something else there. Follows no redirect:
 * {@link VlmClient} decides which to follow.
 */
@FunctionalInterface
public interface HttpTransport {

    /**
     * Posts {@code call} and returns the answer, whatever its status.
     *
     * @throws java.net.http.HttpTimeoutException when no answer came within the call's timeout, or no connection
     *                                            within the connect timeout ({@code HttpConnectTimeoutException})
     * @throws IOException                        when there is no connection or it broke
     */
    HttpReply send(HttpCall call) throws IOException, InterruptedException;
}
