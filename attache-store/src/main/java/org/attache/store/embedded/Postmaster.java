package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attache.store.StoreException;

/**
 * The PostgreSQL process that {@code postmaster.pid} of a data folder names: whether it runs, and
 * stopping one that a killed process left behind.
 */
final class Postmaster {
  private Postmaster() {}

  /** Whether {@code postmaster.pid} names a live PostgreSQL server. */
  static boolean runs(Path data) {
    try {
      return of(data.resolve("postmaster.pid")).isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Stops a server that still runs on this folder although the process that started it is gone
   * (killed): the lock file is then free while {@code postmaster.pid} names a live process.
   */
  static void stopOrphan(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(
            data.resolve(EmbeddedServer.LOCK_FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw EmbeddedServer.inUseError(data);
      }
      try {
        Optional<ProcessHandle> orphan = of(pidFile);
        if (orphan.isPresent()) {
          orphan.get().destroy();
          orphan.get().onExit().get(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while stopping the old server in '" + data + "'", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new StoreException("Cannot stop the old server in '" + data + "': " + e, e);
      } finally {
        lock.release();
      }
    }
  }

  private static Optional<ProcessHandle> of(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
