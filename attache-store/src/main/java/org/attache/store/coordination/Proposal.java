package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A stored event that may have carried out an item of a plan, with why it is proposed and the
 * sentence of its source that says it took place.
 *
 * @param score how well it fits, 0 to 1: half for the item's parties taking part (a party counts
 *     when it or one of its member states does), a fifth for falling in the planned period rather
 *     than the margin around it, a fifth for the planned place, a tenth for an area of the plan
 * @param partiesFound the item's parties that take part, themselves or through a member
 * @param place where the event took place, in words
 * @param sentence the sentence that says it took place
 * @param documentId the document of that sentence, the earliest that reports the event
 */
public record Proposal(
    long itemId,
    long event,
    String type,
    String date,
    double score,
    List<String> partiesFound,
    boolean inPeriod,
    Optional<String> place,
    boolean placeMatches,
    List<String> areasShared,
    Optional<String> sentence,
    Optional<String> documentId,
    Optional<String> headline,
    Optional<String> source) {
  public Proposal {
    requireNonNull(type, "type is null");
    requireNonNull(date, "date is null");
    partiesFound = List.copyOf(partiesFound);
    requireNonNull(place, "place is null");
    areasShared = List.copyOf(areasShared);
    requireNonNull(sentence, "sentence is null");
    requireNonNull(documentId, "documentId is null");
    requireNonNull(headline, "headline is null");
    requireNonNull(source, "source is null");
  }
}
