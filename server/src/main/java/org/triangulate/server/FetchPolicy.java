package org.triangulate.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triangulate.core.Checks;
import org.triangulate.ingest.FetchGuard;

/**
 * Which URLs the server may fetch for a remote user: only http(s) URLs whose host resolves to
 * public addresses, so that a POST of URLs cannot make the server read loopback, link-local
 * (including the cloud metadata address 169.254.169.254), private, shared, reserved or multicast
 * addresses, directly or through a redirect (the ingestor asks again for every hop). An allow-list
 * of host names ({@code intranet.example}, {@code *.corp.example}), addresses and CIDR ranges
 * ({@code 10.1.0.0/16}, {@code ::1}) opens exceptions. Immutable and thread-safe.
 *
 * <p>Every address a name resolves to must be allowed. The JVM caches a successful lookup (30 s by
 * default), so the connection that follows the check normally uses the address that was checked; a
 * DNS server that answers differently within a second lookup after the cache expired is not
 * covered.
 *
 * <pre>{@code
 * FetchPolicy policy = FetchPolicy.allowing(List.of("127.0.0.1", "10.20.0.0/16"));
 * policy.refusal(URI.create("http://169.254.169.254/latest/meta-data/")); // Optional[...]
 * }</pre>
 */
public final class FetchPolicy implements FetchGuard {
  /** Resolves a host name to its addresses; the system resolver unless a test sets another. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final List<Range> INTERNAL =
      List.of(
          Range.parse("0.0.0.0/8", "a 'this network' address"),
          Range.parse("10.0.0.0/8", "a private address"),
          Range.parse("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
          Range.parse("127.0.0.0/8", "a loopback address"),
          Range.parse("169.254.0.0/16", "a link-local address (cloud metadata lives here)"),
          Range.parse("172.16.0.0/12", "a private address"),
          Range.parse("192.0.0.0/24", "an IETF protocol address"),
          Range.parse("192.0.2.0/24", "a documentation address"),
          Range.parse("192.88.99.0/24", "a 6to4 relay address"),
          Range.parse("192.168.0.0/16", "a private address"),
          Range.parse("198.18.0.0/15", "a benchmarking address"),
          Range.parse("198.51.100.0/24", "a documentation address"),
          Range.parse("203.0.113.0/24", "a documentation address"),
          Range.parse("224.0.0.0/4", "a multicast address"),
          Range.parse("240.0.0.0/4", "a reserved or broadcast address"),
          Range.parse("::/128", "the unspecified address"),
          Range.parse("::1/128", "a loopback address"),
          Range.parse("64:ff9b:1::/48", "a local NAT64 address"),
          Range.parse("100::/64", "a discard address"),
          Range.parse("2001::/32", "a Teredo tunnel address"),
          Range.parse("2001:db8::/32", "a documentation address"),
          Range.parse("fc00::/7", "a unique local (private) address"),
          Range.parse("fe80::/10", "a link-local address"),
          Range.parse("fec0::/10", "a site-local address"),
          Range.parse("ff00::/8", "a multicast address"));

  private static final FetchPolicy PUBLIC_ONLY =
      new FetchPolicy(List.of(), InetAddress::getAllByName);

  private final List<String> entries;
  private final List<String> hosts = new ArrayList<>();
  private final List<String> domainSuffixes = new ArrayList<>();
  private final List<Range> ranges = new ArrayList<>();
  private final Resolver resolver;

  private FetchPolicy(Collection<String> allow, Resolver resolver) {
    this.resolver = resolver;
    List<String> kept = new ArrayList<>();
    for (String raw : allow) {
      Checks.notBlank("fetch-allow entry", raw);
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      kept.add(entry);
      if (entry.contains("/") || isAddressLiteral(entry)) {
        ranges.add(Range.parse(entry, "allowed by --fetch-allow " + entry));
      } else if (entry.startsWith("*.") && validHostName(entry.substring(2))) {
        domainSuffixes.add(entry.substring(1));
      } else if (validHostName(entry)) {
        hosts.add(entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry);
      } else {
        throw new IllegalArgumentException(
            "fetch-allow entry must be a host name, *.domain, an IP address or a CIDR range such"
                + " as 10.0.0.0/8, got "
                + raw);
      }
    }
    this.entries = List.copyOf(kept);
  }

  /** Public addresses only: the default of the server. */
  public static FetchPolicy publicOnly() {
    return PUBLIC_ONLY;
  }

  /**
   * Public addresses and these exceptions: host names (exact, or {@code *.domain} for any name
   * under it), IP addresses and CIDR ranges.
   *
   * @throws IllegalArgumentException naming the entry that is none of these
   */
  public static FetchPolicy allowing(Collection<String> allow) {
    Checks.notNull("allow", allow);
    return allow.isEmpty() ? PUBLIC_ONLY : new FetchPolicy(allow, InetAddress::getAllByName);
  }

  /** The same allow-list with another resolver, for tests that must not depend on DNS. */
  FetchPolicy withResolver(Resolver value) {
    return new FetchPolicy(entries, Checks.notNull("resolver", value));
  }

  /** The allow-list entries as given (lower-cased). */
  public List<String> allowed() {
    return entries;
  }

  @Override
  public Optional<String> refusal(URI uri) {
    Checks.notNull("uri", uri);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(
          "only http:// and https:// URLs are fetched, got " + Ids.shorten(uri.toString()));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("the URL " + Ids.shorten(uri.toString()) + " names no host");
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (hostAllowed(name)) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(name);
    } catch (UnknownHostException e) {
      return Optional.of("the host " + Ids.shorten(host) + " does not resolve");
    }
    if (addresses == null || addresses.length == 0) {
      return Optional.of("the host " + Ids.shorten(host) + " does not resolve");
    }
    for (InetAddress address : addresses) {
      if (ranges.stream().anyMatch(r -> r.contains(address))) {
        continue;
      }
      Optional<String> why = internal(address);
      if (why.isPresent()) {
        return Optional.of(
            "the host "
                + Ids.shorten(host)
                + " is "
                + (isAddressLiteral(name) ? "" : "at " + address.getHostAddress() + ", ")
                + why.get()
                + "; the server fetches only public addresses unless it is started with"
                + " --fetch-allow naming the host or its range");
      }
    }
    return Optional.empty();
  }

  private boolean hostAllowed(String name) {
    if (hosts.contains(name)) {
      return true;
    }
    for (String suffix : domainSuffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Why an address is not public, or empty when it is. */
  static Optional<String> internal(InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      Optional<InetAddress> embedded = embeddedIpv4(b);
      if (embedded.isPresent()) {
        return internal(embedded.get()).map(why -> why + " (inside the IPv6 address)");
      }
    }
    for (Range range : INTERNAL) {
      if (range.contains(address)) {
        return Optional.of(range.description());
      }
    }
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return Optional.of("not a public address");
    }
    return Optional.empty();
  }

  /** The IPv4 address inside an IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 address. */
  private static Optional<InetAddress> embeddedIpv4(byte[] b) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 12; i++) {
      zeroPrefix &= b[i] == 0;
    }
    boolean mapped = true;
    for (int i = 0; i < 10; i++) {
      mapped &= b[i] == 0;
    }
    mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
    for (int i = 4; nat64 && i < 12; i++) {
      nat64 = b[i] == 0;
    }
    try {
      if (zeroPrefix && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1)) {
        return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
      }
      if (mapped || nat64) {
        return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6)));
      }
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException("four bytes are always an IPv4 address", impossible);
    }
    return Optional.empty();
  }

  private static boolean isAddressLiteral(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    return bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        || (bare.contains(":") && bare.matches("[0-9a-f:.]+"));
  }

  private static boolean validHostName(String name) {
    return name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*\\.?");
  }

  /**
   * A CIDR range of IPv4 or IPv6 addresses.
   *
   * @param network the network's bytes
   * @param bits the prefix length
   * @param description what addresses in it are
   */
  record Range(byte[] network, int bits, String description) {
    Range {
      Checks.notNull("network", network);
      if (bits < 0 || bits > network.length * 8) {
        throw new IllegalArgumentException(
            "prefix length must be in [0, " + network.length * 8 + "], got " + bits);
      }
      Checks.notBlank("description", description);
      network = network.clone();
    }

    /** Parses {@code address} or {@code address/bits} (IPv4 or IPv6, brackets allowed). */
    static Range parse(String cidr, String description) {
      String text = cidr.strip();
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      if (address.startsWith("[") && address.endsWith("]")) {
        address = address.substring(1, address.length() - 1);
      }
      if (!isAddressLiteral(address)) {
        throw new IllegalArgumentException(
            "not an IP address or CIDR range such as 10.0.0.0/8 or fd00::/8: " + cidr);
      }
      byte[] bytes;
      try {
        // a literal: no lookup happens
        bytes = InetAddress.getByName(address).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not a valid IP address: " + cidr, e);
      }
      int bits = bytes.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(text.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("the prefix length of " + cidr + " is no number", e);
        }
      }
      return new Range(bytes, bits, description);
    }

    boolean contains(InetAddress address) {
      byte[] b = address.getAddress();
      if (b.length != network.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (b[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (b[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Range r
          && bits == r.bits
          && Arrays.equals(network, r.network)
          && description.equals(r.description);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Arrays.hashCode(network) + bits) + description.hashCode();
    }

    @Override
    public String toString() {
      try {
        return InetAddress.getByAddress(network).getHostAddress() + "/" + bits;
      } catch (UnknownHostException impossible) {
        throw new IllegalStateException("a range holds 4 or 16 bytes", impossible);
      }
    }
  }
}
