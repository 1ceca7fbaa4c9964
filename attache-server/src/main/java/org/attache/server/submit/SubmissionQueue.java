package org.attache.server.submit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.http.ApiException;
import org.attache.server.http.ErrorLog;
import org.attache.server.http.Refusal;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;

/**
 * Submitted documents waiting for extraction, and the workers that extract them. A submission
 * returns at once with its job; the job's state can be asked for until an hour after it finished.
 *
 * <p>Scheduling: with two workers or more, one is the express lane, which takes only small
 * documents (see {@link SubmitLimits#smallDocumentBytes()}), the oldest first; the others take
 * every document in the order submitted. So a small document waits only for the small ones before
 * it, and a large one for those before it, never for ever. With one worker, documents run in the
 * order submitted.
 *
 * <p>Jobs live in memory: a restart forgets those waiting, running or finished (a document stored
 * stays stored).
 */
public final class SubmissionQueue implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(SubmissionQueue.class.getName());
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How long a finished job's state can still be asked for. */
  static final Duration KEPT = Duration.ofHours(1);

  /** Finished jobs kept at most, the latest. */
  static final int KEPT_FINISHED = 1000;

  private final Submission submission;
  private final SubmitLimits limits;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition added = lock.newCondition();
  private final List<Job> waiting = new ArrayList<>();
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private boolean closed;

  public SubmissionQueue(Submission submission, SubmitLimits limits, Clock clock) {
    this.submission = requireNonNull(submission, "submission is null");
    this.limits = requireNonNull(limits, "limits is null");
    this.clock = requireNonNull(clock, "clock is null");
    for (int i = 0; i < limits.workers(); i++) {
      boolean express = limits.workers() > 1 && i == 0;
      Thread worker = new Thread(() -> work(express), "attache-submit-" + (i + 1));
      worker.setDaemon(true);
      workers.add(worker);
    }
    workers.forEach(Thread::start);
  }

  public SubmitLimits limits() {
    return limits;
  }

  /**
   * Puts a document in the queue.
   *
   * @param submitter the name of the user who submits it
   * @throws ApiException 413 for a document over the size limit, 503 when the queue is full
   */
  public JobState submit(SourceDocument document, String submitter) {
    long size = document.text().getBytes(UTF_8).length;
    if (size > limits.maxDocumentBytes()) {
      throw Refusal.TOO_LARGE.because(
          "The document is "
              + Intake.bytes(size)
              + "; a document may be at most "
              + Intake.bytes(limits.maxDocumentBytes()));
    }
    lock.lock();
    try {
      if (closed) {
        throw ApiException.busy("The server is stopping", Duration.ofSeconds(30));
      }
      if (waiting.size() >= limits.maxWaiting()) {
        throw ApiException.busy(
            "The submission queue is full ("
                + waiting.size()
                + " documents wait): submit again later",
            Duration.ofSeconds(60));
      }
      forgetOld();
      Job job = new Job(newId(), submitter, document, size, clock.instant());
      jobs.put(job.id(), job);
      waiting.add(job);
      added.signalAll();
      return job.state(Optional.of(waiting.size() - 1));
    } finally {
      lock.unlock();
    }
  }

  /**
   * A job's state as a user may see it: their own jobs, or any for an admin; empty for another's as
   * for an unknown id.
   */
  public Optional<JobState> find(String id, User user) {
    return find(id).filter(j -> j.submitter().equals(user.name()) || user.role() == UserRole.ADMIN);
  }

  /** A job's state, if the id names one still known. */
  public Optional<JobState> find(String id) {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    lock.lock();
    try {
      Job job = jobs.get(id);
      return job == null ? Optional.empty() : Optional.of(job.state(waitingBefore(job)));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Cancels a job: one that waits is cancelled at once, one that runs stops before its next step.
   *
   * @throws ApiException 404 for an unknown job, 409 for a finished one
   */
  public JobState cancel(String id) {
    lock.lock();
    try {
      Job job = ID.matcher(id).matches() ? jobs.get(id) : null;
      if (job == null) {
        throw Refusal.NOT_FOUND.because("No job " + id);
      }
      if (waiting.remove(job)) {
        job.cancelled(clock.instant());
      } else if (job.status().finished()) {
        throw Refusal.CONFLICT.because("Job " + id + " is " + job.status().code() + " already");
      } else {
        job.requestCancel();
      }
      return job.state(waitingBefore(job));
    } finally {
      lock.unlock();
    }
  }

  private Optional<Integer> waitingBefore(Job job) {
    int index = waiting.indexOf(job);
    return index < 0 ? Optional.empty() : Optional.of(index);
  }

  private void work(boolean express) {
    while (true) {
      Job job;
      try {
        job = take(express);
      } catch (InterruptedException e) {
        return;
      }
      if (job == null) {
        return;
      }
      run(job);
    }
  }

  /** The next job for a worker, or null once the queue is closed. */
  private Job take(boolean express) throws InterruptedException {
    lock.lock();
    try {
      while (!closed) {
        for (Iterator<Job> i = waiting.iterator(); i.hasNext(); ) {
          Job job = i.next();
          if (!express || job.size() <= limits.smallDocumentBytes()) {
            i.remove();
            job.started();
            return job;
          }
        }
        added.await();
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  private void run(Job job) {
    try {
      Submission.Result result = submission.run(job.document(), job);
      job.done(result.documentId(), result.known(), clock.instant());
    } catch (JobCancelledException e) {
      job.cancelled(clock.instant());
    } catch (RuntimeException | VirtualMachineError e) {
      // A worker lives on after any document: an out-of-memory error on one huge document
      // leaves the others to run.
      String logged = ErrorLog.log(LOG, Level.SEVERE, "submission job " + job.id(), e);
      job.failed(
          "The document could not be extracted and stored; the error is logged as " + logged,
          clock.instant());
    }
  }

  /** Forgets jobs finished over an hour ago, and the oldest finished past the number kept. */
  private void forgetOld() {
    Instant oldest = clock.instant().minus(KEPT);
    int finished = 0;
    for (Job job : jobs.values()) {
      if (job.status().finished()) {
        finished++;
      }
    }
    for (Iterator<Job> i = jobs.values().iterator(); i.hasNext(); ) {
      Job job = i.next();
      Optional<Instant> end = job.finishedAt();
      if (end.isPresent() && (end.get().isBefore(oldest) || finished > KEPT_FINISHED)) {
        i.remove();
        finished--;
      }
    }
  }

  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Stops taking jobs: those waiting are cancelled, those running are asked to stop at their next
   * step and given up to 30 seconds to.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      Instant now = clock.instant();
      waiting.forEach(job -> job.cancelled(now));
      waiting.clear();
      jobs.values().stream()
          .filter(j -> j.status() == JobStatus.RUNNING)
          .forEach(Job::requestCancel);
      added.signalAll();
    } finally {
      lock.unlock();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Thread worker : workers) {
      try {
        worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
