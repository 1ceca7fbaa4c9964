package org.attache.server.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;

/**
 * Where digest e-mails go out and what they link to.
 *
 * @param smtpHost the SMTP server's host
 * @param smtpPort its port
 * @param from the sender's address
 * @param siteUrl the address the site is reached at, for the links of a digest: {@code
 *     https://attache.example.org}
 */
public record MailSettings(String smtpHost, int smtpPort, String from, String siteUrl) {
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

  /**
   * @throws AttacheException (bad input) naming a host, port, address or site that is wrong
   */
  public MailSettings {
    requireNonNull(smtpHost, "smtpHost is null");
    requireNonNull(from, "from is null");
    requireNonNull(siteUrl, "siteUrl is null");
    if (smtpHost.isBlank() || smtpHost.chars().anyMatch(Character::isWhitespace)) {
      throw AttacheException.badInput("Not an SMTP host: '" + smtpHost + "'");
    }
    if (smtpPort < 1 || smtpPort > 65_535) {
      throw AttacheException.badInput("An SMTP port is 1 to 65535: " + smtpPort);
    }
    if (!ADDRESS.matcher(from).matches()) {
      throw AttacheException.badInput("The sender is not an e-mail address: '" + from + "'");
    }
    if (!siteUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
      throw AttacheException.badInput("The site is not an http(s) address: '" + siteUrl + "'");
    }
    siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    URI.create(siteUrl);
  }

  /**
   * The settings of {@code --smtp HOST:PORT}.
   *
   * @throws AttacheException (bad input) when the value is not a host and a port
   */
  public static MailSettings of(String hostAndPort, String from, String siteUrl) {
    int colon = hostAndPort.lastIndexOf(':');
    if (colon <= 0 || !hostAndPort.substring(colon + 1).matches("\\d{1,5}")) {
      throw AttacheException.badInput("--smtp is HOST:PORT, not '" + hostAndPort + "'");
    }
    return new MailSettings(
        hostAndPort.substring(0, colon),
        Integer.parseInt(hostAndPort.substring(colon + 1)),
        from,
        siteUrl);
  }
}
