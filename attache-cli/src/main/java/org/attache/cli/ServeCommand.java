package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.server.AttacheServer;
import org.attache.store.StoreException;
import org.attache.store.ingest.Ingestion;
import org.attache.store.ingest.ProgressReport;
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
      "--ingest PATH ingests documents first, as 'attache ingest' does. Stop with Ctrl-C."
    })
public final class ServeCommand implements Callable<Integer> {
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
      names = "--ingest",
      paramLabel = "PATH",
      description = "Files or folders to ingest before serving.")
  List<Path> ingest = List.of();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
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
      CountDownLatch stopped = new CountDownLatch(1);
      try (AttacheServer server =
          AttacheServer.start(opened.database(), Extractor::standard, host, port)) {
        err.println("attache: serve: http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
      }
      return ExitCodes.OK;
    } catch (StoreException | IllegalArgumentException e) {
      err.println("attache: serve: " + e.getMessage());
      err.flush();
      return ExitCodes.FAILED;
    }
  }
}
