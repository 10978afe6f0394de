package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which redirects a download follows, for the https cases that the 127.0.0.1 servers of {@link HostileDownloadTest}
 * cannot show: same origin always; another host only over https and only when the manifest lists it.
 */
class RedirectPolicyTest {

    private static final RedirectPolicy HUB = new RedirectPolicy(URI.create("https://huggingface.co/o/m/resolve/abc/model.onnx"),
            List.of("*.hf.co", "cdn.example.org"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        https://huggingface.co/api/resolve-cache/x                | true
        https://HuggingFace.co:443/o/m/resolve/abc/model.onnx      | true
        https://cdn-lfs-us-1.hf.co/repos/ab/cd/sha?X-Amz=1         | true
        https://cas-bridge.xethub.hf.co/xet-bridge-us/abc          | true
        https://cdn.example.org/m.onnx                              | true
        http://cdn-lfs.hf.co/repos/ab/cd                            | false
        http://huggingface.co/o/m/resolve/abc/model.onnx            | false
        https://huggingface.co:8443/o/m/model.onnx                  | false
        https://hf.co.evil.org/model.onnx                           | false
        https://evilhf.co/model.onnx                                | false
        https://sub.cdn.example.org/m.onnx                          | false
        https://127.0.0.2/model.onnx                                | false
        file:///etc/passwd                                          | false
        ftp://cdn-lfs.hf.co/x                                       | false
        """)
    void followsOnlyTheOriginAndListedHostsOverHttps(String to, boolean followed) {
        assertThat(HUB.refusal(URI.create(to)) == null).as(to + ": " + HUB.refusal(URI.create(to))).isEqualTo(followed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        http://127.0.0.1:8080/blobs/abc  | true
        http://127.0.0.1:8081/model.onnx | false
        http://localhost:8080/model.onnx | false
        http://127.0.0.2:8080/model.onnx | false
        https://127.0.0.1:8080/model.onnx | false
        """)
    void aPlainHttpSourceMayRedirectOnlyWithinItsOrigin(String to, boolean followed) {
        RedirectPolicy local = new RedirectPolicy(URI.create("http://127.0.0.1:8080/model.onnx"), List.of());
        assertThat(local.refusal(URI.create(to)) == null).as(to).isEqualTo(followed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        cdn-lfs.hf.co     | true
        *.hf.co           | true
        *                 | false
        *.com             | false
        https://x.org     | false
        x.org:443         | false
        x.org/path        | false
        """)
    void hostPatternsAreHostNamesOrWildcardDomains(String pattern, boolean valid) {
        assertThat(RedirectPolicy.validPattern(pattern)).as(pattern).isEqualTo(valid);
    }
}
