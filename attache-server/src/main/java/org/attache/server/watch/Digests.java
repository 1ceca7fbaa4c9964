package org.attache.server.watch;

import static java.util.Objects.requireNonNull;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.attache.store.watch.Digest;
import org.attache.store.watch.DigestQueue;

/**
 * Sends the digests as they fall due: each round takes the due digests from the store (which
 * records each before it is sent, so that a restart sends none twice), hands each to the SMTP
 * server, and records whether it took it. A refused digest is tried again on later rounds.
 */
public final class Digests implements AutoCloseable {
  private final DigestQueue queue;
  private final DigestMail mail;
  private final Clock clock;
  private final Consumer<String> log;
  private final ScheduledExecutorService rounds;

  public Digests(DigestQueue queue, DigestMail mail, Clock clock, Consumer<String> log) {
    this.queue = requireNonNull(queue, "queue is null");
    this.mail = requireNonNull(mail, "mail is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.log = requireNonNull(log, "log is null");
    this.rounds =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "attache-digests");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Runs a round every so often, from now, until closed. */
  public Digests every(Duration interval) {
    rounds.scheduleWithFixedDelay(
        () -> {
          try {
            round();
          } catch (RuntimeException e) {
            log.accept("digests: " + e.getMessage());
          }
        },
        0,
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * One round: sends the digests due now.
   *
   * @return how many the SMTP server took
   */
  public int round() {
    int sent = 0;
    for (Digest digest : queue.takeDueDigests(clock.instant())) {
      try {
        mail.send(digest);
        queue.digestSent(digest);
        sent++;
      } catch (MessagingException e) {
        String why = String.valueOf(e.getMessage());
        queue.digestFailed(digest, why);
        log.accept("digests: the digest for " + digest.user() + " was not sent: " + why);
      }
    }
    return sent;
  }

  @Override
  public void close() {
    rounds.shutdownNow();
  }
}
