package org.attache.pipeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.EventLink;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;

/** The extraction of a short body written for a test, and the codes of the actors it names. */
public final class EventTesting {
  /** The publication date of the bodies written for the tests. */
  public static final String PUBLISHED = "2024-03-05";

  /**
   * A meeting of two ministers (invented people of real states) that gives later sentences sides.
   */
  public static final String MEETING =
      "On 4 March 2024, Minister of Foreign Affairs of Uzbekistan Akmal Rustamov met with"
          + " Minister of Foreign Affairs of Mongolia Sarnai Ganbold in Tashkent. ";

  private EventTesting() {}

  /**
   * An event a record tells, with the record.
   *
   * @param <E> the event's type
   */
  public record Told<E extends Event>(DocumentRecord record, E event) {
    /** The codes of the event's parties, in order, "?" for one with none. */
    public List<String> parties() {
      return codes(
          record,
          event.links().stream()
              .filter(link -> link.link().equals("party"))
              .map(EventLink::actor)
              .toList());
    }
  }

  /** The record of an untitled body published on {@link #PUBLISHED}. */
  public static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, PUBLISHED);
  }

  /** The first event of a type that an untitled body published on {@link #PUBLISHED} tells. */
  public static <E extends Event> Told<E> first(Class<E> type, String body) {
    return first(extract(body), type);
  }

  /** The first event of a type that a record tells. */
  public static <E extends Event> Told<E> first(DocumentRecord record, Class<E> type) {
    return new Told<>(record, record.events(type).get(0));
  }

  /** The codes of the actors of the record, "?" for one with none. */
  public static List<String> codes(DocumentRecord record, List<String> ids) {
    return ids.stream().map(id -> record.actor(id).orElseThrow().code().orElse("?")).toList();
  }

  /** Asserts an agreement's status and the codes of its parties, in order. */
  public static void assertAgreement(
      Told<Agreement> told, AgreementStatus status, String... parties) {
    assertThat(told.event().status()).contains(status);
    assertThat(told.parties()).containsExactly(parties);
  }

  /** Asserts a plan's period, status and the codes of its parties, in order. */
  public static void assertPlan(
      Told<Plan> told, Period period, PlanStatus status, String... parties) {
    assertThat(told.event().period()).isEqualTo(period);
    assertThat(told.event().status()).contains(status);
    assertThat(told.parties()).containsExactly(parties);
  }
}
