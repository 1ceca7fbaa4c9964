package org.attache.store.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.attache.store.StoreException;

/**
 * The lock file {@value #FILE} of a data folder, which tells the process that runs the server
 * whether others use it. A process that uses a server another process started holds it shared; the
 * process that started the server takes it exclusively before stopping it, and so waits for them.
 *
 * <p>File locks belong to a process, and closing any channel of a file drops every lock the process
 * holds on it: the holds of this JVM are therefore counted here, on one channel per file.
 */
final class UseLock {
  static final String FILE = "attache-clients.lock";

  /** The holds of this JVM, by lock file. Guarded by the class. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  private UseLock() {}

  /** A hold of the lock, given back by {@link #close()}. */
  interface Hold extends AutoCloseable {
    @Override
    void close();
  }

  /** The lock held by this JVM: shared by {@code shares} holds, or exclusive. */
  private static final class Held {
    final FileChannel channel;
    final FileLock lock;
    int shares;

    Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }

  /** A shared hold, unless the lock is held exclusively: the server is stopping. */
  static Optional<Hold> tryShare(Path data) {
    Path file = data.resolve(FILE);
    synchronized (UseLock.class) {
      Held held = HELD.get(file);
      if (held == null) {
        Optional<Held> taken = take(file, true);
        if (taken.isEmpty()) {
          return Optional.empty();
        }
        held = taken.get();
        HELD.put(file, held);
      } else if (!held.lock.isShared()) {
        return Optional.empty();
      }
      held.shares++;
    }
    return Optional.of(
        new Hold() {
          private boolean released;

          @Override
          public void close() {
            synchronized (UseLock.class) {
              if (released) {
                return;
              }
              released = true;
              Held held = HELD.get(file);
              if (--held.shares == 0) {
                HELD.remove(file);
                release(file, held);
              }
            }
          }
        });
  }

  /**
   * The exclusive hold, once every shared hold has been given back, waiting up to {@code wait};
   * empty when they are not given back in time.
   */
  static Optional<Hold> awaitExclusive(Path data, Duration wait) {
    Path file = data.resolve(FILE);
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      synchronized (UseLock.class) {
        if (!HELD.containsKey(file)) {
          Optional<Held> taken = take(file, false);
          if (taken.isPresent()) {
            Held held = taken.get();
            HELD.put(file, held);
            return Optional.of(
                () -> {
                  synchronized (UseLock.class) {
                    if (HELD.remove(file, held)) {
                      release(file, held);
                    }
                  }
                });
          }
        }
      }
      if (System.nanoTime() > deadline) {
        return Optional.empty();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  private static Optional<Held> take(Path file, boolean shared) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new Held(channel, lock));
    } catch (IOException | OverlappingFileLockException e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof OverlappingFileLockException) {
        return Optional.empty();
      }
      throw new StoreException("Cannot lock '" + file + "': " + e, e);
    }
  }

  private static void release(Path file, Held held) {
    try {
      held.lock.release();
      held.channel.close();
    } catch (IOException e) {
      throw new StoreException("Cannot unlock '" + file + "': " + e, e);
    }
  }
}
