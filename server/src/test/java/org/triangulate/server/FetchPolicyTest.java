package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs the server may fetch; names resolve through a fixed table, never through DNS. */
class FetchPolicyTest {
  private static final Map<String, String> DNS =
      Map.of(
          "news.example", "93.184.216.34",
          "rebound.example", "127.0.0.1",
          "metadata.example", "169.254.169.254",
          "intranet.corp.example", "10.20.30.40",
          "wiki.corp.example", "10.20.30.41",
          "v6private.example", "fd00::5");

  private static FetchPolicy policy(String... allow) {
    return FetchPolicy.allowing(List.of(allow))
        .withResolver(
            host -> {
              String address = DNS.get(host);
              if (address != null) {
                return new InetAddress[] {InetAddress.getByName(address)};
              }
              if (host.matches("[0-9a-f:.]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
              }
              throw new UnknownHostException(host);
            });
  }

  private static String refusal(FetchPolicy policy, String url) {
    return policy.refusal(URI.create(url)).orElse(null);
  }

  @Test
  void publicHostsAndAddressesAreFetched() {
    FetchPolicy policy = policy();
    assertThat(refusal(policy, "https://news.example/2025/ferry")).isNull();
    assertThat(refusal(policy, "http://93.184.216.34:8080/a")).isNull();
    assertThat(refusal(policy, "http://[2606:2800:220:1:248:1893:25c8:1946]/")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:7070/api/v1/status",
        "http://127.1.2.3/",
        "http://0.0.0.0/",
        "http://10.0.0.8/admin",
        "http://172.16.5.4/",
        "http://172.31.255.255/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[fd00:ec2::254]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[64:ff9b::a00:1]/",
        "http://[2002:7f00:1::]/",
        "http://rebound.example/",
        "http://metadata.example/latest/",
        "http://v6private.example/",
      })
  void internalAddressesAreRefusedByDefault(String url) {
    String why = refusal(policy(), url);
    assertThat(why).as(url).isNotNull();
  }

  @Test
  void theRefusalNamesTheAddressAndTheWayOut() {
    String why = refusal(policy(), "http://metadata.example/latest/meta-data/");
    assertThat(why)
        .contains("metadata.example")
        .contains("169.254.169.254")
        .contains("link-local")
        .contains("--fetch-allow");
    assertThat(refusal(policy(), "http://10.1.2.3/")).contains("private address");
  }

  @Test
  void otherSchemesAndHostlessUrlsAreRefused() {
    FetchPolicy policy = policy();
    assertThat(refusal(policy, "file:///etc/passwd")).contains("only http:// and https://");
    assertThat(refusal(policy, "ftp://news.example/a")).contains("only http:// and https://");
    assertThat(refusal(policy, "gopher://127.0.0.1:25/")).contains("only http:// and https://");
    assertThat(refusal(policy, "http:///path-only")).contains("names no host");
  }

  @Test
  void unresolvableHostsAreRefused() {
    assertThat(refusal(policy(), "http://no-such-host.example/")).contains("does not resolve");
  }

  @Test
  void theAllowListOpensNamedHostsAddressesAndRanges() {
    FetchPolicy policy = policy("127.0.0.1", "10.20.0.0/16", "*.corp.example", "fd00::/8");
    assertThat(refusal(policy, "http://127.0.0.1:8080/page")).isNull();
    assertThat(refusal(policy, "http://127.0.0.2:8080/page")).isNotNull();
    assertThat(refusal(policy, "http://10.20.99.1/")).isNull();
    assertThat(refusal(policy, "http://10.21.0.1/")).isNotNull();
    assertThat(refusal(policy, "http://wiki.corp.example/")).isNull();
    assertThat(refusal(policy, "http://v6private.example/")).isNull();
    assertThat(refusal(policy, "http://169.254.169.254/")).isNotNull();
    assertThat(policy.allowed())
        .containsExactly("127.0.0.1", "10.20.0.0/16", "*.corp.example", "fd00::/8");
  }

  @Test
  void anAllowedNameIsFetchedWhateverItResolvesTo() {
    FetchPolicy policy = policy("intranet.corp.example");
    assertThat(refusal(policy, "http://INTRANET.corp.example/")).isNull();
    assertThat(refusal(policy, "http://wiki.corp.example/")).contains("10.20.30.41");
  }

  @Test
  void badAllowEntriesAreCallerErrorsNamingTheEntry() {
    assertThatThrownBy(() -> FetchPolicy.allowing(List.of("10.0.0.0/40")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix length");
    assertThatThrownBy(() -> FetchPolicy.allowing(List.of("not a host!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a host!");
    assertThatThrownBy(() -> FetchPolicy.allowing(List.of("10.0.0.0/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/x");
    assertThatThrownBy(() -> FetchPolicy.allowing(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rangesMatchOnThePrefixBitsOnly() {
    FetchPolicy.Range range = FetchPolicy.Range.parse("172.16.0.0/12", "private");
    assertThat(range.contains(address("172.16.0.1"))).isTrue();
    assertThat(range.contains(address("172.31.255.254"))).isTrue();
    assertThat(range.contains(address("172.32.0.1"))).isFalse();
    assertThat(range.contains(address("172.15.255.255"))).isFalse();
    assertThat(range.contains(address("::1"))).isFalse();
    assertThat(range).hasToString("172.16.0.0/12");
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new AssertionError(literal, e);
    }
  }
}
