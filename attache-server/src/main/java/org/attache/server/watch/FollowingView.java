package org.attache.server.watch;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.watch.DigestSetting;
import org.attache.store.watch.Watch;

/**
 * The Following page: what the user follows, their digest, and the feed token just issued, shown
 * this once.
 */
public record FollowingView(
    List<Watch> watches, Optional<DigestSetting> digest, Optional<String> token) {
  public FollowingView {
    watches = List.copyOf(requireNonNull(watches, "watches is null"));
    requireNonNull(digest, "digest is null");
    requireNonNull(token, "token is null");
  }

  /** The address of a watch's feed with the token, when one was just issued. */
  public String feed(Watch watch) {
    return "/feeds/" + watch.id() + "?token=" + token.orElse("");
  }
}
