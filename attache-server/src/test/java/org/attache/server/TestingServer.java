package org.attache.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.attache.ingest.Incoming;
import org.attache.ingest.Ingestion;
import org.attache.ingest.ProgressListener;
import org.attache.model.RecordCodec;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.embedded.EmbeddedServer;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;

/**
 * One server per test JVM over a store holding the bundled examples and the test documents, all
 * extracted by the real pipeline, and one document whose record was annotated by hand (an
 * agreement, a plan and a statement, which the extractor does not find yet). Users: editor {@value
 * #EDITOR}, viewer {@value #VIEWER}, both with password {@value #PASSWORD}.
 */
final class TestingServer {
  static final String EDITOR = "ana";
  static final String VIEWER = "vic";
  static final String PASSWORD = "correct horse battery";

  private static TestingServer instance;

  final Database database;
  final AttacheServer server;
  final Extractor extractor;

  /** The store's JDBC URL, for a data source of a test's own. */
  final String jdbcUrl;

  /** The PostgreSQL server under the store, for databases of a test's own. */
  final EmbeddedServer postgres;

  private TestingServer(
      Database database,
      AttacheServer server,
      Extractor extractor,
      String jdbcUrl,
      EmbeddedServer postgres) {
    this.database = database;
    this.server = server;
    this.extractor = extractor;
    this.jdbcUrl = jdbcUrl;
    this.postgres = postgres;
  }

  static synchronized TestingServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  /** The address of a path on the server: {@code http://127.0.0.1:PORT/path}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  static Path resource(String name) {
    try {
      return Path.of(TestingServer.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestingServer start() {
    try {
      Path target = Files.createDirectories(Path.of("target"));
      Path data = Files.createTempDirectory(target, "server-postgres-").resolve("pg");
      EmbeddedServer postgres = EmbeddedServer.start(data, false);
      Database database = postgres.database("serve");
      Extractor extractor = Extractor.standard();
      ingest(database, extractor, Path.of("..", "examples"));
      ingest(database, extractor, resource("documents"));
      Path annotated = resource("annotated/2023-05-10-sco-asean.txt");
      SourceDocument document;
      try (Stream<ReadResult> read = DocumentReaders.create().read(annotated)) {
        document = ((ReadResult.Read) read.findFirst().orElseThrow()).document();
      }
      try (DocumentWriter writer = new DocumentWriter(database)) {
        writer.write(
            Incoming.of(document),
            RecordCodec.fromJson(
                Files.readString(resource("annotated/2023-05-10-sco-asean.record.json"), UTF_8)),
            Extractor.VERSION);
      }
      Users users = new Users(database);
      users.add(EDITOR, UserRole.EDITOR, PASSWORD);
      users.add(VIEWER, UserRole.VIEWER, PASSWORD);
      AttacheServer server = AttacheServer.start(database, () -> extractor, "127.0.0.1", 0);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    postgres.close();
                  }));
      return new TestingServer(database, server, extractor, postgres.jdbcUrl("serve"), postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the test server", e);
    }
  }

  static void ingest(Database database, Extractor extractor, Path path) {
    try (Stream<ReadResult> inputs = DocumentReaders.create().read(path)) {
      Iterator<ReadResult> iterator = inputs.iterator();
      new Ingestion(database, extractor, Extractor.VERSION, 2, ProgressListener.silent())
          .run(iterator);
    }
  }

  /** Another server over the same store, with other settings; the caller closes it. */
  AttacheServer another(ServerSettings settings) {
    return AttacheServer.start(database, () -> extractor, settings);
  }

  /** Another server on 127.0.0.1 over a store and an extractor of the test's; closed by it. */
  static AttacheServer another(Database database, Supplier<Extractor> extractor) {
    return AttacheServer.start(database, extractor, ServerSettings.of("127.0.0.1", 0));
  }

  /** Another server on 127.0.0.1 over a store of the test's, to read: it takes no submissions. */
  static AttacheServer reading(Database database) {
    return another(
        database,
        () -> {
          throw new IllegalStateException("Nothing is submitted in this test");
        });
  }

  /** The URI of a path, for the HTTP client. */
  URI uri(String path) {
    return URI.create(url(path));
  }
}
