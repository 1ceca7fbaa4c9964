package org.attache.server;

import static java.util.Objects.requireNonNull;

import org.attache.server.auth.Guard;
import org.attache.server.auth.Users;
import org.attache.server.download.Downloads;
import org.attache.server.query.Actors;
import org.attache.server.query.Documents;
import org.attache.server.query.Events;
import org.attache.server.query.Network;
import org.attache.server.query.Pairs;
import org.attache.server.query.Registry;
import org.attache.server.submit.Intake;
import org.attache.server.submit.SubmissionQueue;
import org.attache.store.review.Review;

/** What the API and the pages ask: one of each, shared by every request. */
public record Services(
    Documents documents,
    Actors actors,
    Events events,
    Pairs pairs,
    Network network,
    Registry registry,
    Review review,
    Users users,
    Guard guard,
    Intake intake,
    SubmissionQueue submissions,
    Downloads downloads) {
  public Services {
    requireNonNull(documents, "documents is null");
    requireNonNull(actors, "actors is null");
    requireNonNull(events, "events is null");
    requireNonNull(pairs, "pairs is null");
    requireNonNull(network, "network is null");
    requireNonNull(registry, "registry is null");
    requireNonNull(review, "review is null");
    requireNonNull(users, "users is null");
    requireNonNull(guard, "guard is null");
    requireNonNull(intake, "intake is null");
    requireNonNull(submissions, "submissions is null");
    requireNonNull(downloads, "downloads is null");
  }
}
