package org.spatiallift.engine.perception.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which redirects a model download follows (issue #9, docs/decisions/0005): one to the same origin as the URL the
 * download started from (scheme, host and port all equal), or one over https to a host the manifest lists in
 * {@code redirect_hosts} ({@code "cdn-lfs.hf.co"} exactly, or {@code "*.hf.co"} for any host below hf.co). Everything
 * else is refused: a redirect to another origin would make another server's bytes the model, and where the manifest
 * has no SHA-256 those bytes would become the recorded hash; a redirect from https to http would let anyone on the
 * path change them.
 *
 * @param start        the URL the download started from (the manifest's source, or --from URL)
 * @param allowedHosts the manifest's {@code redirect_hosts}
 */
record RedirectPolicy(URI start, List<String> allowedHosts) {

    /** At most this many redirects per download. */
    static final int MAX_HOPS = 10;

    RedirectPolicy {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** Null when following {@code from → to} is allowed, else the reason it is not. */
    String refusal(URI to) {
        String scheme = lower(to.getScheme());
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            return "it is not an http(s) URL";
        }
        if (to.getHost() == null) {
            return "it names no host";
        }
        if (sameOrigin(start, to)) {
            return null;
        }
        if (!"https".equals(scheme)) {
            return "it leaves " + origin(start) + " over plain http (redirects to another origin are followed only over"
                    + " https)";
        }
        if (!listed(lower(to.getHost()))) {
            return to.getHost() + " is neither " + origin(start) + " nor a host the manifest lists in redirect_hosts"
                    + (allowedHosts.isEmpty() ? "" : " " + allowedHosts);
        }
        return null;
    }

    private boolean listed(String host) {
        for (String h : allowedHosts) {
            String a = lower(h);
            if (a.startsWith("*.") ? host.endsWith(a.substring(1)) : host.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** True when a host pattern is well formed: a host name, or "*." and a domain of at least two labels. */
    static boolean validPattern(String pattern) {
        String p = pattern.startsWith("*.") ? pattern.substring(2) : pattern;
        return p.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")
                && (!pattern.startsWith("*.") || p.contains("."));
    }

    static boolean sameOrigin(URI a, URI b) {
        return lower(a.getScheme()).equals(lower(b.getScheme())) && lower(a.getHost()).equals(lower(b.getHost()))
                && port(a) == port(b);
    }

    static String origin(URI u) {
        return lower(u.getScheme()) + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equals(lower(u.getScheme())) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
