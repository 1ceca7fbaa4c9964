package org.attache.store.export;

import java.util.ArrayList;
import java.util.List;

/** The pairs of actors of an event ({@link Dyad}). */
final class Dyads {
  private Dyads() {}

  /** Every pair of the event, each once, in the order of its actors. */
  static List<Dyad> of(StoredEvent event) {
    List<Dyad> dyads = new ArrayList<>();
    switch (event.type()) {
      case "meeting" -> {
        List<StoredLink> participants = event.links("participant");
        for (int i = 0; i < participants.size(); i++) {
          for (int j = i + 1; j < participants.size(); j++) {
            StoredLink a = participants.get(i);
            StoredLink b = participants.get(j);
            dyads.add(rank(b) < rank(a) ? new Dyad(event, b, a) : new Dyad(event, a, b));
          }
        }
      }
      case "statement" -> between(event, event.links("speaker"), event.links("about"), dyads);
      case "establishment" -> between(event, event.links("founder"), event.links("actor"), dyads);
      case "agreement", "plan" -> {
        List<StoredLink> parties = event.links("party");
        for (int i = 0; i < parties.size(); i++) {
          for (int j = i + 1; j < parties.size(); j++) {
            dyads.add(new Dyad(event, parties.get(i), parties.get(j)));
          }
        }
      }
      default -> {}
    }
    return dyads;
  }

  private static void between(
      StoredEvent event, List<StoredLink> sources, List<StoredLink> targets, List<Dyad> dyads) {
    for (StoredLink source : sources) {
      for (StoredLink target : targets) {
        if (!source.actor().equals(target.actor())) {
          dyads.add(new Dyad(event, source, target));
        }
      }
    }
  }

  /** Guests act towards hosts: a guest comes first, a host last. */
  private static int rank(StoredLink participant) {
    return switch (participant.role().orElse("participant")) {
      case "guest" -> 0;
      case "host" -> 2;
      default -> 1;
    };
  }
}
