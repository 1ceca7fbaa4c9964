package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache review}: lists the fields waiting for review and confirms, corrects or rejects
 * them by assertion id. Every decision is kept in the store's audit log.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Reviews extracted fields: list the queue, then confirm, correct or reject.",
    subcommands = {
      ReviewCommand.ListQueue.class,
      ReviewCommand.Confirm.class,
      ReviewCommand.Correct.class,
      ReviewCommand.Reject.class
    })
public final class ReviewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code attache review list}: the queue, least confident first. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists fields not reviewed yet, least confident first.")
  static final class ListQueue implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", description = "At most N fields (default: 20).")
    int limit = 20;

    @Override
    public Integer call() {
      return run(
          store,
          review -> {
            PrintWriter out = spec.commandLine().getOut();
            List<ReviewItem> queue = review.queue(limit);
            out.println("id\tconfidence\tsubject\tfield\tvalue\tquote");
            for (ReviewItem item : queue) {
              out.println(line(item));
            }
            out.flush();
          });
    }
  }

  /**
   * What the deciding subcommands share: the store, the assertion's id and who decides; each
   * applies its decision to one assertion and prints the field as it then stands.
   */
  abstract static class Deciding implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Mixin Decision decision;

    @Parameters(index = "0", paramLabel = "ID", description = "The assertion id.")
    long id;

    abstract ReviewItem decide(Review review);

    @Override
    public Integer call() {
      return run(store, review -> show(spec, decide(review)));
    }
  }

  /** {@code attache review confirm ID}. */
  @Command(
      name = "confirm",
      mixinStandardHelpOptions = true,
      description = "Confirms a field as it stands.")
  static final class Confirm extends Deciding {
    @Override
    ReviewItem decide(Review review) {
      return review.confirm(id, decision.user, decision.reason());
    }
  }

  /** {@code attache review correct ID VALUE}. */
  @Command(
      name = "correct",
      mixinStandardHelpOptions = true,
      description = "Gives a field a new value.")
  static final class Correct extends Deciding {
    @Parameters(index = "1", paramLabel = "VALUE", description = "The right value.")
    String value;

    @Override
    ReviewItem decide(Review review) {
      return review.correct(id, value, decision.user, decision.reason());
    }
  }

  /** {@code attache review reject ID}. */
  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Rejects a field: it then counts for nothing.")
  static final class Reject extends Deciding {
    @Override
    ReviewItem decide(Review review) {
      return review.reject(id, decision.user, decision.reason());
    }
  }

  /** Who decides, and why. */
  static final class Decision {
    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who decides.")
    String user;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    Optional<String> reason() {
      return Optional.ofNullable(reason);
    }
  }

  /** What a review subcommand does with the store. */
  private interface Action {
    void apply(Review review);
  }

  private static int run(StoreOptions store, Action action) {
    try (StoreOptions.Store opened = store.open()) {
      action.apply(new Review(opened.database()));
      return ExitCodes.OK;
    }
  }

  private static void show(CommandSpec spec, ReviewItem item) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(item.state().code() + "\t" + line(item));
    out.flush();
  }

  static String line(ReviewItem item) {
    return String.join(
        "\t",
        Long.toString(item.id()),
        String.format(Locale.ROOT, "%.2f", item.confidence()),
        item.subjectKind() + " " + item.subjectId(),
        item.field(),
        item.value().orElse(""),
        item.quote().map(q -> q.replaceAll("\\s+", " ")).orElse(""));
  }
}
