package org.attache.pipeline.events.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.Agreement;
import org.attache.model.Event;
import org.attache.model.Span;
import org.attache.pipeline.events.parties.MeetingsTold;

/**
 * What the events before this stage tell the plans, indexed once: the meetings, the first agreement
 * each sentence reports and the agreements by id.
 */
final class ToldBefore {
  final MeetingsTold meetings;
  final Map<Span, Agreement> agreementOfSentence = new HashMap<>();
  final Map<String, Agreement> agreementById = new HashMap<>();

  /** The sides of the story, once asked for. */
  PlanParties.Story story;

  ToldBefore(List<Event> events) {
    meetings = new MeetingsTold(events);
    for (Event event : events) {
      if (event instanceof Agreement agreement) {
        agreementById.putIfAbsent(agreement.id(), agreement);
        for (Span evidence : agreement.evidence()) {
          agreementOfSentence.putIfAbsent(evidence, agreement);
        }
      }
    }
  }
}
