package org.attache.ingest.watch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The bytes of an answer, up to a limit: past it, the rest is not read and the body fails with
 * {@link TooLarge}. It can be {@linkplain #cancel cancelled} from another thread, which stops the
 * reading of a body that never ends.
 */
final class LimitedBody implements BodySubscriber<byte[]> {
  private final long maxBytes;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private volatile boolean cancelled;

  private final boolean refused;

  /** A body of at most {@code maxBytes}. */
  LimitedBody(long maxBytes) {
    this(maxBytes, false);
  }

  private LimitedBody(long maxBytes, boolean refused) {
    this.maxBytes = maxBytes;
    this.refused = refused;
  }

  /** A body refused unread: its Content-Length says it is larger than the limit. */
  static LimitedBody refused(long maxBytes) {
    return new LimitedBody(maxBytes, true);
  }

  /** Thrown (as the body's failure) when the answer is larger than the limit. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(long maxBytes) {
      super(
          String.format(Locale.ROOT, "too large: more than %,d bytes", maxBytes),
          null,
          false,
          false);
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (refused) {
      s.cancel();
      result.completeExceptionally(new TooLarge(maxBytes));
    } else if (cancelled) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      if (bytes.size() + (long) n > maxBytes) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(maxBytes));
        return;
      }
      byte[] chunk = new byte[n];
      buffer.get(chunk);
      bytes.write(chunk, 0, n);
    }
    if (!result.isDone()) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  /** Stops reading: the connection is let go. */
  void cancel() {
    cancelled = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    result.cancel(false);
  }
}
