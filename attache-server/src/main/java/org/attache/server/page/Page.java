package org.attache.server.page;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.users.SignedIn;

/**
 * What the layout of every page needs: the title, the signed-in user if any (for the header and the
 * anti-forgery token), and the scripts the page loads.
 */
public record Page(String title, Optional<SignedIn> user, List<String> scripts) {
  public Page {
    requireNonNull(title, "title is null");
    requireNonNull(user, "user is null");
    scripts = List.copyOf(scripts);
  }

  /** Whether the user may confirm, correct, reject and submit. */
  public boolean editor() {
    return user.map(s -> s.user().role().mayEdit()).orElse(false);
  }
}
