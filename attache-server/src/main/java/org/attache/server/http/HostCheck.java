package org.attache.server.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;

/**
 * Which names a request's {@code Host} header may give, against DNS rebinding: a page of another
 * site that points its own name at this machine's address reaches the server with that name in the
 * Host header, and is refused. Allowed: an IP address (a page's origin cannot be an address that it
 * then rebinds), {@code localhost}, and the names configured. The port is not compared.
 */
public final class HostCheck {
  private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+)(:\\d+)?");
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

  private final Set<String> names;

  /**
   * @param names the names served besides addresses and localhost, without port
   * @throws AttacheException (bad input) naming a name that is not a host name
   */
  public HostCheck(Set<String> names) {
    Set<String> checked = new TreeSet<>();
    for (String name : names) {
      String normal = normal(name);
      if (!NAME.matcher(normal).matches()) {
        throw AttacheException.badInput(
            "Not a host name to allow (like attache.example.org): '" + name + "'");
      }
      checked.add(normal);
    }
    this.names = Set.copyOf(checked);
  }

  /** The names configured, lower case, sorted. */
  public Set<String> names() {
    return new TreeSet<>(names);
  }

  /**
   * Refuses a Host header that names no site served here.
   *
   * @throws ApiException 400 without a Host header, 403 for a name not served
   */
  public void check(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      throw Refusal.BAD_REQUEST.because("The request has no Host header");
    }
    Optional<String> host = hostOf(hostHeader.strip());
    if (host.isEmpty()) {
      throw Refusal.BAD_REQUEST.because("The Host header is not a host: '" + hostHeader + "'");
    }
    if (!allows(host.get())) {
      throw Refusal.HOST.because(
          "This server does not serve '"
              + host.get()
              + "'; its operator may allow the name with 'attache serve --allow-host "
              + host.get()
              + "'");
    }
  }

  private boolean allows(String host) {
    return host.equals("localhost") || isAddress(host) || names.contains(host);
  }

  private static Optional<String> hostOf(String header) {
    Matcher m = HOST.matcher(header);
    return m.matches() ? Optional.of(normal(m.group(1))) : Optional.empty();
  }

  private static String normal(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static boolean isAddress(String host) {
    if (host.startsWith("[")) {
      return true;
    }
    Matcher m = IPV4.matcher(host);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }
}
