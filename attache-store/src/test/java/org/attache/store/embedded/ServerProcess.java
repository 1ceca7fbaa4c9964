package org.attache.store.embedded;

import java.nio.file.Path;

/**
 * The child process of {@link EmbeddedServerTest}: starts a server on a folder, says so, and waits
 * to be killed.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedServer server = EmbeddedServer.start(Path.of(args[0]), false);
    server.createDatabase("kept");
    System.out.println("ready " + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
