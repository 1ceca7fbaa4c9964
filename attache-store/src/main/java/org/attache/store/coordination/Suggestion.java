package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A plan record the extractor found, which no joint plan was made from yet: a suggestion that a
 * person confirms by making it a joint plan.
 *
 * @param event the plan record's event
 * @param parties its parties by code, those without a code left out
 * @param framework the framework agreement in words
 * @param items the titles of the items the record lists
 * @param documentId a document that reports it
 */
public record Suggestion(
    long event,
    Optional<String> title,
    List<String> parties,
    Optional<String> framework,
    Optional<Long> frameworkEvent,
    Optional<String> periodFrom,
    Optional<String> periodTo,
    Optional<String> reportedStatus,
    List<String> areas,
    List<String> items,
    Optional<String> documentId,
    Optional<String> headline) {
  public Suggestion {
    requireNonNull(title, "title is null");
    parties = List.copyOf(parties);
    requireNonNull(framework, "framework is null");
    requireNonNull(frameworkEvent, "frameworkEvent is null");
    requireNonNull(periodFrom, "periodFrom is null");
    requireNonNull(periodTo, "periodTo is null");
    requireNonNull(reportedStatus, "reportedStatus is null");
    areas = List.copyOf(areas);
    items = List.copyOf(items);
    requireNonNull(documentId, "documentId is null");
    requireNonNull(headline, "headline is null");
  }
}
