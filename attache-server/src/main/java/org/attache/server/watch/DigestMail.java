package org.attache.server.watch;

import static java.util.Objects.requireNonNull;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.attache.store.watch.Arrival;
import org.attache.store.watch.Digest;
import org.attache.store.watch.WatchNews;

/** Writes a digest as a plain-text e-mail and hands it to the SMTP server (Angus Mail). */
public final class DigestMail {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final MailSettings settings;
  private final Session session;

  public DigestMail(MailSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.smtpHost());
    properties.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "30000");
    properties.put("mail.smtp.writetimeout", "30000");
    this.session = Session.getInstance(properties);
  }

  /**
   * Sends a digest.
   *
   * @throws MessagingException when the SMTP server cannot be reached or refuses it
   */
  public void send(Digest digest) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(digest.email()));
    message.setSubject(subject(digest), "UTF-8");
    message.setSentDate(Date.from(digest.until()));
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setText(text(digest), "UTF-8");
    Transport.send(message);
  }

  static String subject(Digest digest) {
    int n = digest.arrivals();
    return "Attaché: " + n + (n == 1 ? " new item" : " new items") + " for what you follow";
  }

  /** The body: each watch with what arrived for it, each with the addresses of its sources. */
  String text(Digest digest) {
    StringBuilder out = new StringBuilder();
    out.append("What arrived from ")
        .append(WHEN.format(digest.since()))
        .append(" to ")
        .append(WHEN.format(digest.until()))
        .append(" for what you follow.\n");
    for (WatchNews news : digest.news()) {
      out.append("\n").append(news.watch().label()).append("\n");
      for (Arrival arrival : news.arrivals()) {
        out.append("- ").append(arrival.describe()).append("\n");
        for (Arrival.Told told : arrival.sources()) {
          out.append("    ")
              .append(told.title())
              .append(" <")
              .append(settings.siteUrl())
              .append("/documents/")
              .append(told.documentId())
              .append(">\n");
        }
      }
      if (news.more()) {
        out.append("- and more: ").append(settings.siteUrl()).append("/whats-new\n");
      }
    }
    out.append("\nWhat you follow, and this digest: ")
        .append(settings.siteUrl())
        .append("/following\n");
    return out.toString();
  }
}
