package org.attache.server;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import org.attache.model.error.AttacheException;
import org.attache.server.submit.SubmitLimits;

/**
 * How the server is reached and what it takes.
 *
 * @param host the address to listen on: 127.0.0.1 serves this machine only
 * @param port the port, 0 for any free one
 * @param allowedHosts names the Host header may give besides IP addresses and localhost: the names
 *     the server is reached by
 * @param behindTlsProxy whether browsers reach the server through a proxy that speaks TLS to them:
 *     cookies are then marked Secure, and a client's address is the last of X-Forwarded-For
 * @param submit how submitted documents are taken and run
 */
public record ServerSettings(
    String host, int port, Set<String> allowedHosts, boolean behindTlsProxy, SubmitLimits submit) {
  public ServerSettings {
    requireNonNull(host, "host is null");
    if (host.isBlank()) {
      throw AttacheException.badInput("The address to listen on is blank");
    }
    if (port < 0 || port > 65_535) {
      throw AttacheException.badInput("A port is 0 to 65535: " + port);
    }
    allowedHosts = Set.copyOf(requireNonNull(allowedHosts, "allowedHosts is null"));
    requireNonNull(submit, "submit is null");
  }

  /** Serving one address and port, with no other name, not behind a proxy, standard limits. */
  public static ServerSettings of(String host, int port) {
    return new ServerSettings(host, port, Set.of(), false, SubmitLimits.standard());
  }

  public ServerSettings withAllowedHosts(Set<String> names) {
    return new ServerSettings(host, port, names, behindTlsProxy, submit);
  }

  public ServerSettings withBehindTlsProxy(boolean behind) {
    return new ServerSettings(host, port, allowedHosts, behind, submit);
  }

  public ServerSettings withSubmit(SubmitLimits limits) {
    return new ServerSettings(host, port, allowedHosts, behindTlsProxy, limits);
  }

  /**
   * What an operator should hear before serving: a warning when the server listens beyond this
   * machine without a TLS proxy in front, where passwords and session cookies would cross the
   * network in clear.
   */
  public Optional<String> warning() {
    if (behindTlsProxy || loopback(host)) {
      return Optional.empty();
    }
    return Optional.of(
        "serving on "
            + host
            + ", beyond this machine, over plain HTTP: passwords and session cookies cross the"
            + " network unencrypted. Put a TLS proxy in front and pass --behind-tls-proxy (or"
            + " serve 127.0.0.1 only).");
  }

  private static boolean loopback(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
