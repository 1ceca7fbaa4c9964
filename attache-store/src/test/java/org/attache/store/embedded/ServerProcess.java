package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;

/**
 * A child process of the tests: starts a server on a folder, says so, and waits to be stopped or
 * killed.
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

  /** Starts the child on a folder and returns once its server is ready. */
  static Process start(Path data) throws IOException {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ServerProcess.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
    StringBuilder said = new StringBuilder();
    String line;
    do {
      line = out.readLine();
      said.append(line).append('\n');
    } while (line != null && !line.startsWith("ready "));
    if (line == null) {
      child.destroyForcibly();
      throw new IllegalStateException("The server process did not start:\n" + said);
    }
    return child;
  }
}
