package org.attache.server.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.Party;
import org.attache.store.query.events.PartyPost;
import org.junit.jupiter.api.Test;

/** Records read as sentences, on events we make up. */
class EventWordsTest {
  private static final Map<String, String> NAMES = Map.of("RUR", "Ruritania");
  private static final PartyPost SECRETARY_GENERAL =
      new PartyPost(
          "Secretary-General",
          Optional.of("organisation:1"),
          Optional.of("Northern Cooperation Council"),
          Optional.of("NCC"),
          Optional.of("organisation"),
          Optional.empty(),
          Optional.empty());
  private static final PartyPost AMBASSADOR =
      new PartyPost(
          "Ambassador",
          Optional.of("organisation:2"),
          Optional.of("Ruritania"),
          Optional.of("RUR"),
          Optional.of("state"),
          Optional.of("organisation:3"),
          Optional.of("Freedonia"));

  private static Party person(long id, String name, String link, String role, PartyPost post) {
    return new Party(
        "person:" + id,
        Optional.of("person"),
        Optional.of(name),
        link,
        Optional.of(10 + id),
        Optional.of(role),
        post.of(),
        Optional.of(post));
  }

  private static Party organisation(long id, String name, String link, boolean named) {
    return new Party(
        "organisation:" + id,
        Optional.of("organisation"),
        Optional.of(name),
        link,
        named ? Optional.of(20 + id) : Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static EventDetail event(
      String type,
      String date,
      Map<String, String> fields,
      List<String> areas,
      List<Party> parties) {
    Map<String, Optional<String>> values = new LinkedHashMap<>();
    fields.forEach((k, v) -> values.put(k, Optional.of(v)));
    return new EventDetail(
        7, type, Optional.ofNullable(date), 1, values, areas, parties, List.of(), NAMES);
  }

  @Test
  void aMeetingNamesItsHostFirstAndLeavesOutTheOrganisationsThePostsSay() {
    Phrase phrase =
        EventWords.of(
            event(
                "meeting",
                "2021-02-08",
                Map.of("place.city", "Lakeside"),
                List.of(),
                List.of(
                    organisation(1, "Northern Cooperation Council", "participant", false),
                    person(1, "Ada Brandt", "participant", "host", SECRETARY_GENERAL),
                    person(2, "Otto Kessel", "participant", "guest", AMBASSADOR))));
    assertThat(phrase.text())
        .isEqualTo(
            "Meeting, 8 February 2021, Lakeside: Ada Brandt, NCC Secretary-General (host), with"
                + " Otto Kessel, Ambassador of Ruritania to Freedonia");
    assertThat(phrase.parts())
        .filteredOn(p -> p.href().isPresent())
        .extracting(Part::text, p -> p.href().get(), p -> p.evidence().get())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ada Brandt", "/actors/person/1", "part:11"),
            org.assertj.core.groups.Tuple.tuple("Otto Kessel", "/actors/person/2", "part:12"));
    assertThat(phrase.parts().get(0).evidence()).contains("event");
  }

  @Test
  void aCallByTelephoneBetweenOrganisationsNamedThemselves() {
    assertThat(
            EventWords.of(
                    event(
                        "meeting",
                        "2021-03",
                        Map.of("format", "phone", "place.country", "RUR"),
                        List.of(),
                        List.of(
                            organisation(4, "Ruritania", "participant", true),
                            organisation(5, "Freedonia", "participant", true))))
                .text())
        .isEqualTo("Telephone call, March 2021, Ruritania: Ruritania and Freedonia");
  }

  @Test
  void aStatementSaysWhoDidWhatAboutWhomInWhichAreas() {
    assertThat(
            EventWords.of(
                    event(
                        "statement",
                        null,
                        Map.of(
                            "stance", "intent_to_cooperate",
                            "text", "ready to deepen ties in trade"),
                        List.of("science_technology", "trade"),
                        List.of(
                            person(1, "Ada Brandt", "speaker", "speaker", SECRETARY_GENERAL),
                            organisation(5, "Freedonia", "about", true))))
                .text())
        .isEqualTo(
            "Statement: Ada Brandt, NCC Secretary-General, voiced the intent to cooperate about"
                + " Freedonia: “ready to deepen ties in trade”; on science and technology and trade");
  }

  @Test
  void anAgreementSaysItsInstrumentPartiesSigningAndStatusInWords() {
    List<Party> parties =
        List.of(
            organisation(4, "Ruritania", "party", true),
            organisation(5, "Freedonia", "party", true));
    assertThat(
            EventWords.of(
                    event(
                        "agreement",
                        "2005",
                        Map.of(
                            "instrument", "memorandum_of_understanding",
                            "status", "in_force",
                            "place.city", "Lakeside"),
                        List.of("customs"),
                        parties))
                .text())
        .isEqualTo(
            "Memorandum of understanding between Ruritania and Freedonia, signed 2005 in"
                + " Lakeside (in force); on customs");
    assertThat(
            EventWords.of(
                    event(
                        "agreement",
                        null,
                        Map.of("instrument", "treaty", "status", "negotiating"),
                        List.of(),
                        parties))
                .text())
        .isEqualTo("Treaty between Ruritania and Freedonia (under negotiation)");
  }

  @Test
  void aPlanSaysItsTitlePeriodPartiesAndStatus() {
    assertThat(
            EventWords.of(
                    event(
                        "plan",
                        null,
                        Map.of(
                            "title", "list of joint events",
                            "period.from", "2021",
                            "period.to", "2022",
                            "status", "drafting"),
                        List.of(),
                        List.of(organisation(4, "Ruritania", "party", true))))
                .text())
        .isEqualTo("Plan “list of joint events” of Ruritania, 2021 to 2022 (drafting)");
  }

  @Test
  void datesCountsAndListsReadAsWords() {
    assertThat(Words.date("2021-02-08")).isEqualTo("8 February 2021");
    assertThat(Words.date("2021-11")).isEqualTo("November 2021");
    assertThat(Words.date("2021")).isEqualTo("2021");
    assertThat(Words.date("early 2021")).isEqualTo("early 2021");
    assertThat(Words.count(1, "event")).isEqualTo("1 event");
    assertThat(Words.count(3, "event")).isEqualTo("3 events");
    assertThat(Words.list(List.of("digital_economy", "media_information", "trade")))
        .isEqualTo("digital economy, media and information and trade");
  }
}
