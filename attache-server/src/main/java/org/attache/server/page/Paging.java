package org.attache.server.page;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a page of a list stands: "21–40 of 73, newest first", and the addresses of the newer and
 * older pages when there are any.
 */
public record Paging(String range, Optional<String> newer, Optional<String> older) {
  public Paging {
    requireNonNull(range, "range is null");
    requireNonNull(newer, "newer is null");
    requireNonNull(older, "older is null");
  }

  /**
   * The paging of a list shown newest first.
   *
   * @param path the page's path, such as {@code /events}
   * @param query what every page's address adds after the offset ({@code &type=meeting}), encoded
   * @param offset how many items come before this page
   * @param limit how many items a page shows
   * @param shown how many items this page shows
   * @param total how many items the list holds
   */
  public static Paging of(String path, String query, int offset, int limit, int shown, long total) {
    return of(path, query, offset, limit, shown, total, "newest first");
  }

  /**
   * The paging of a list shown in another order, which the range names: "1–10 of 57, most pressing
   * first".
   *
   * @param order the order in words
   */
  public static Paging of(
      String path, String query, int offset, int limit, int shown, long total, String order) {
    return new Paging(
        (shown == 0 ? "None" : (offset + 1) + "–" + (offset + shown))
            + " of "
            + total
            + ", "
            + order,
        offset > 0
            ? Optional.of(path + "?offset=" + Math.max(0, offset - limit) + query)
            : Optional.empty(),
        offset + shown < total
            ? Optional.of(path + "?offset=" + (offset + limit) + query)
            : Optional.empty());
  }
}
