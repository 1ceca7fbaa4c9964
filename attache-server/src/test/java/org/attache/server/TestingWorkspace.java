package org.attache.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.attache.store.Database;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;

/**
 * One server per test JVM over a store of its own for the coordination workspace, holding the
 * SCO-ASEAN communiqué of 8 February 2021 of the development gold set (read from ../shared, never
 * copied), extracted by the real pipeline. Users, all with password {@value
 * TestingServer#PASSWORD}: the SCO's editor {@value #SCO_EDITOR} and coordinator {@value
 * #SCO_COORDINATOR}, ASEAN's editor {@value #ASEAN_EDITOR} and coordinator {@value
 * #ASEAN_COORDINATOR}, and a viewer {@value #VIEWER}.
 */
final class TestingWorkspace {
  static final String SCO_EDITOR = "sara";
  static final String SCO_COORDINATOR = "sam";
  static final String ASEAN_EDITOR = "adi";
  static final String ASEAN_COORDINATOR = "ayu";
  static final String VIEWER = "vera";

  /** The communiqué whose story the workspace's tests tell. */
  static final Path GOLD =
      Path.of(System.getProperty("attache.shared", "../../shared"))
          .resolve("gold/dev/0000-sco-asean-2021-02-08.txt");

  private static TestingWorkspace instance;

  final Database database;
  final AttacheServer server;

  private TestingWorkspace(Database database, AttacheServer server) {
    this.database = database;
    this.server = server;
  }

  static synchronized TestingWorkspace get() {
    if (instance == null) {
      TestingServer shared = TestingServer.get();
      shared.postgres.createDatabase("workspace");
      Database database = shared.postgres.database("workspace");
      TestingServer.ingest(database, shared.extractor, GOLD);
      Users users = new Users(database);
      users.add(SCO_EDITOR, UserRole.EDITOR, Optional.of("SCO"), TestingServer.PASSWORD);
      users.add(SCO_COORDINATOR, UserRole.COORDINATOR, Optional.of("SCO"), TestingServer.PASSWORD);
      users.add(ASEAN_EDITOR, UserRole.EDITOR, Optional.of("ASEAN"), TestingServer.PASSWORD);
      users.add(
          ASEAN_COORDINATOR, UserRole.COORDINATOR, Optional.of("ASEAN"), TestingServer.PASSWORD);
      users.add(VIEWER, UserRole.VIEWER, TestingServer.PASSWORD);
      AttacheServer server = TestingServer.another(database, () -> shared.extractor);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      instance = new TestingWorkspace(database, server);
    }
    return instance;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  URI uri(String path) {
    return URI.create(url(path));
  }

  /** Signs a user in at this server. */
  Http.Session signIn(String name) {
    return Http.signIn(uri("/api/session"), name);
  }
}
