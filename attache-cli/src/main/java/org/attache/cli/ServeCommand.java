package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.ingest.Ingestion;
import org.attache.ingest.ProgressReport;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.server.AttacheServer;
import org.attache.server.ServerSettings;
import org.attache.server.submit.SubmitLimits;
import org.attache.server.watch.DigestMail;
import org.attache.server.watch.Digests;
import org.attache.server.watch.MailSettings;
import org.attache.store.watch.DigestQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache serve}: the HTTP API and the pages over the store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store: the pages at http://localhost:PORT/ and the JSON API under /api"
          + " (described at /api/openapi.json). Reading is open; reviewing and submitting need a"
          + " user made with 'attache user add'.",
      "--ingest PATH ingests documents first, as 'attache ingest' does. When the store has"
          + " sources, they are polled while serving, as 'attache watch' does. Stop with Ctrl-C.",
      "Requests whose Host header names neither an IP address, localhost nor a name given with"
          + " --allow-host are refused (against DNS rebinding). Serving beyond this machine,"
          + " put a TLS proxy in front and pass --behind-tls-proxy."
    })
public final class ServeCommand implements Callable<Integer> {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(|[kKmM](?:i?[bB])?)");

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(names = "--port", paramLabel = "PORT", description = "The port (default: 8080).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(
      names = "--allow-host",
      paramLabel = "NAME",
      description =
          "A host name the server is reached by (e.g. attache.example.org), besides IP addresses"
              + " and localhost; repeatable.")
  List<String> allowHosts = List.of();

  @Option(
      names = "--behind-tls-proxy",
      description =
          "Browsers reach the server through a proxy that speaks HTTPS to them: session cookies"
              + " are marked Secure, and a client's address (for sign-in throttling) is the last"
              + " one of the X-Forwarded-For header the proxy adds.")
  boolean behindTlsProxy;

  @Option(
      names = "--submit-workers",
      paramLabel = "N",
      description =
          "Submitted documents extracted at once (default: 2); with 2 or more, one takes only"
              + " documents of 64 KiB or less, so that small ones never wait for a large one.")
  int submitWorkers = SubmitLimits.standard().workers();

  @Option(
      names = "--max-document-size",
      paramLabel = "SIZE",
      description =
          "The largest document a submission may hold, in bytes or with K or M (default: 1M);"
              + " a larger one is refused with 413.")
  String maxDocumentSize = "1M";

  @Option(
      names = "--smtp",
      paramLabel = "HOST:PORT",
      description =
          "An SMTP server for the digest e-mails of what users follow: each user who asked for"
              + " one gets it at their interval, when something arrived (needs --mail-from).")
  String smtp;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      description = "The sender of the digest e-mails.")
  String mailFrom;

  @Option(
      names = "--site-url",
      paramLabel = "URL",
      description =
          "The address the site is reached at, for the links of the digest e-mails (default:"
              + " http://HOST:PORT/ as served).")
  String siteUrl;

  @Option(
      names = "--ingest",
      paramLabel = "PATH",
      description = "Files or folders to ingest before serving.")
  List<Path> ingest = List.of();

  /**
   * The server's settings as the options give them.
   *
   * @throws AttacheException (bad input) naming an option whose value is wrong
   */
  ServerSettings settings() {
    return ServerSettings.of(host, port)
        .withAllowedHosts(Set.copyOf(allowHosts))
        .withBehindTlsProxy(behindTlsProxy)
        .withSubmit(
            SubmitLimits.standard()
                .withWorkers(submitWorkers)
                .withMaxDocumentBytes(size("--max-document-size", maxDocumentSize)));
  }

  /** A size in bytes: 1048576, 1024K or 1M (K and M are 1024 and 1024²; KB, KiB, MB, MiB too). */
  static long size(String option, String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw AttacheException.badInput(
          option + " is not a size like 1M, 512K or 100000: '" + value + "'");
    }
    long unit =
        switch (m.group(2).isEmpty() ? "" : m.group(2).substring(0, 1).toLowerCase(Locale.ROOT)) {
          case "k" -> 1L << 10;
          case "m" -> 1L << 20;
          default -> 1;
        };
    try {
      return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new AttacheException(ErrorCode.BAD_INPUT, option + " is too large: '" + value + "'", e);
    }
  }

  /**
   * The digest e-mails' settings, when an SMTP server is given.
   *
   * @throws AttacheException (bad input) for an SMTP server without a sender or a value that is
   *     wrong
   */
  Optional<MailSettings> mail() {
    if (smtp == null) {
      if (mailFrom != null) {
        throw AttacheException.badInput("--mail-from needs --smtp HOST:PORT");
      }
      return Optional.empty();
    }
    if (mailFrom == null) {
      throw AttacheException.badInput("--smtp needs --mail-from ADDRESS, the digests' sender");
    }
    return Optional.of(
        MailSettings.of(smtp, mailFrom, siteUrl != null ? siteUrl : "http://" + host + ":" + port));
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    settings();
    Optional<MailSettings> mail = mail();
    try (StoreOptions.Store opened = store.open()) {
      if (!ingest.isEmpty()) {
        new Ingestion(
                opened.database(),
                Extractor.standard(),
                Extractor.VERSION,
                Runtime.getRuntime().availableProcessors(),
                new ProgressReport(err, Duration.ofSeconds(2)))
            .run(Inputs.of(DocumentReaders.create(), ingest));
      }
      ServerSettings settings = settings();
      settings.warning().ifPresent(w -> err.println("attache: serve: warning: " + w));
      CountDownLatch stopped = new CountDownLatch(1);
      Supplier<Extractor> extractor = new SharedExtractor();
      try (AttacheServer server = AttacheServer.start(opened.database(), extractor, settings);
          SourceWatch watch = SourceWatch.startIfSources(opened.database(), extractor, err)) {
        Optional<Digests> digests = mail.map(m -> digests(opened, m, err));
        try {
          err.println(
              "attache: serve: http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
          err.flush();
          Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
          stopped.await();
        } finally {
          digests.ifPresent(Digests::close);
        }
      }
      return ExitCodes.OK;
    }
  }

  /** The digest e-mails, sent every minute as they fall due. */
  private static Digests digests(StoreOptions.Store store, MailSettings mail, PrintWriter err) {
    err.println(
        "attache: serve: digest e-mails through " + mail.smtpHost() + ":" + mail.smtpPort());
    return new Digests(
            new DigestQueue(store.database()),
            new DigestMail(mail),
            Clock.systemUTC(),
            message -> {
              synchronized (err) {
                err.println("attache: serve: " + message);
                err.flush();
              }
            })
        .every(Duration.ofMinutes(1));
  }
}
