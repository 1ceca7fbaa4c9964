package org.attache.server.review;

import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.server.http.Refusal;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewItem;

/**
 * Review as the API and the pages ask for it: a field id that is not a number is a 400, one that no
 * field has a 404, a correction that does not fit its field a 400 that says why.
 */
public final class Decisions {
  private Decisions() {}

  /** A field id as given in a path. */
  public static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw Refusal.BAD_REQUEST.because("A field id is a number: '" + value + "'");
    }
  }

  /** A field of the review queue, whatever its state. */
  public static ReviewItem item(Review review, long id) {
    try {
      return review.item(id);
    } catch (AttacheException e) {
      if (e.code() == ErrorCode.NOT_FOUND) {
        throw Refusal.NOT_FOUND.because("No field " + id);
      }
      throw e;
    }
  }

  /**
   * Confirms, corrects or rejects a field.
   *
   * @param action confirm, correct or reject
   * @param value the corrected value, which a correction needs
   */
  public static ReviewItem decide(
      Review review,
      long id,
      String action,
      Optional<String> value,
      String reviewer,
      Optional<String> reason) {
    item(review, id);
    // A value that does not fit its field is the store's bad input, in words for the reviewer.
    return switch (action) {
      case "confirm" -> review.confirm(id, reviewer, reason);
      case "reject" -> review.reject(id, reviewer, reason);
      case "correct" ->
          review.correct(
              id,
              value.orElseThrow(() -> Refusal.BAD_REQUEST.because("A correction needs a 'value'")),
              reviewer,
              reason);
      default ->
          throw Refusal.BAD_REQUEST.because(
              "Not a review action (confirm, correct, reject): '" + action + "'");
    };
  }
}
