package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PLOVER category, mode and context of a stored event. Source: the PLOVER manual of the Open
 * Event Data Alliance ("PLOVER: Political Language Ontology for Verifiable Event Records. Event,
 * Actor and Data Interchange Specification", draft 0.7b1, github.com/openeventdata/PLOVER,
 * PLOVER_MANUAL.tex) and its CAMEO conversion table (CAMEO2PLOVER-2021.txt, for draft 0.8):
 *
 * <ul>
 *   <li>CONSULT: "all consultations and meetings: this includes visiting and hosting visits, as
 *       well as meeting at a neutral location, and consultation by phone". Modes {@code visit} (the
 *       source visits, the recipient hosts), {@code multilateral}, {@code phone}. With a host and a
 *       guest, the visitor is the source and the host the recipient; without, every participant is
 *       a source and there is no recipient.
 *   <li>SUPPORT: "express support for, commend, approve ... or ratify, sign, or finalize an
 *       agreement or treaty" (CAMEO 051 praise or endorse, 057 sign formal agreement): statements
 *       of support, praise and thanks; agreements signed, in force or expired.
 *   <li>AGREE: "agree to, offer, promise, or otherwise indicate willingness or commitment to
 *       cooperate" (CAMEO 03): statements of intent to cooperate or of agreement; plans not yet
 *       carried out.
 *   <li>COOPERATE: "initiate, resume, improve, or expand mutual material cooperation": plans in
 *       progress or implemented.
 *   <li>CONSULT with context {@code diplomatic} for agreements under negotiation (CAMEO 046).
 *   <li>ACCUSE (CAMEO 111 criticize or denounce, mode {@code disapprove}) for criticism, REJECT
 *       (CAMEO 12) for rejection.
 *   <li>None: comments, appeals and condolences ("the CAMEO 01 and 02 categories dealing with
 *       comments have been eliminated"), priorities and establishments, which PLOVER does not code.
 * </ul>
 *
 * <p>Quad codes and the conflict-cooperation scale ("Schrodt scores") are the manual's.
 */
final class PloverCoding {
  /** The manual's "Schrodt score" of each category this export uses. */
  private static final Map<String, Double> SCALE =
      Map.of(
          "CONSULT", 2.1,
          "AGREE", 4.2,
          "SUPPORT", 4.6,
          "COOPERATE", 6.8,
          "ACCUSE", -2.0,
          "REJECT", -4.2);

  /** The manual's quad: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict. */
  private static final Map<String, Integer> QUAD =
      Map.of(
          "CONSULT", 1,
          "AGREE", 1,
          "SUPPORT", 1,
          "COOPERATE", 2,
          "ACCUSE", 3,
          "REJECT", 3);

  /** RECORDS.md areas that have a PLOVER context (the manual's table of general contexts). */
  private static final Map<String, String> CONTEXTS =
      Map.ofEntries(
          Map.entry("terrorism", "terrorism"),
          Map.entry("extremism", "terrorism"),
          Map.entry("drug_trafficking", "crime_drugs"),
          Map.entry("arms_trafficking", "crime"),
          Map.entry("money_laundering", "crime"),
          Map.entry("transnational_crime", "crime"),
          Map.entry("cybersecurity", "cyber"),
          Map.entry("defence", "military"),
          Map.entry("trade", "economic"),
          Map.entry("investment", "economic"),
          Map.entry("finance", "economic"),
          Map.entry("digital_economy", "economic"),
          Map.entry("transport", "economic"),
          Map.entry("tourism", "economic"),
          Map.entry("energy", "economic"),
          Map.entry("agriculture", "economic"),
          Map.entry("industry", "economic"),
          Map.entry("customs", "economic"),
          Map.entry("environment", "enviro_disaster"),
          Map.entry("climate_change", "enviro_disaster"),
          Map.entry("disaster_management", "enviro_disaster"),
          Map.entry("natural_resources", "resource"),
          Map.entry("water", "resource"),
          Map.entry("education", "culture"),
          Map.entry("culture", "culture"),
          Map.entry("humanitarian", "humanitarian"),
          Map.entry("political_dialogue", "diplomatic"),
          Map.entry("multilateral_coordination", "diplomatic"));

  /** A category with its mode and context. */
  record Code(String event, List<String> mode, List<String> context) {
    Code {
      requireNonNull(event, "event is null");
      mode = List.copyOf(mode);
      context = List.copyOf(context);
    }

    int quad() {
      return QUAD.get(event);
    }

    double scale() {
      return SCALE.get(event);
    }
  }

  private PloverCoding() {}

  /** The event's PLOVER coding, or none when PLOVER does not code its kind of event. */
  static Optional<Code> of(StoredEvent event) {
    Optional<String> category =
        switch (event.type()) {
          case "meeting" -> Optional.of("CONSULT");
          case "statement" -> event.field("stance").flatMap(PloverCoding::stance);
          case "agreement" ->
              Optional.of(
                  event.status().filter(s -> s.equals("negotiating")).isPresent()
                      ? "CONSULT"
                      : "SUPPORT");
          case "plan" ->
              Optional.of(
                  event
                          .status()
                          .filter(s -> s.equals("in_progress") || s.equals("implemented"))
                          .isPresent()
                      ? "COOPERATE"
                      : "AGREE");
          default -> Optional.empty();
        };
    return category.map(c -> new Code(c, mode(c, event), context(event)));
  }

  private static Optional<String> stance(String stance) {
    return switch (stance) {
      case "intent_to_cooperate", "agreement" -> Optional.of("AGREE");
      case "support", "praise", "thanks" -> Optional.of("SUPPORT");
      case "criticism" -> Optional.of("ACCUSE");
      case "rejection" -> Optional.of("REJECT");
      default -> Optional.empty();
    };
  }

  private static List<String> mode(String category, StoredEvent event) {
    if (category.equals("ACCUSE")) {
      return List.of("disapprove");
    }
    if (!event.type().equals("meeting")) {
      return List.of();
    }
    if (event.field("format").filter(f -> !f.equals("in_person")).isPresent()
        || event.field("cameo").filter("041"::equals).isPresent()) {
      return List.of("phone");
    }
    List<StoredLink> participants = event.links("participant");
    boolean hosted =
        participants.stream().anyMatch(p -> p.role().filter("host"::equals).isPresent())
            && participants.stream().anyMatch(p -> p.role().filter("guest"::equals).isPresent());
    if (hosted) {
      return List.of("visit");
    }
    long sides =
        participants.stream().map(p -> p.onBehalfOf().orElse(p.actor())).distinct().count();
    return sides > 2 ? List.of("multilateral") : List.of();
  }

  private static List<String> context(StoredEvent event) {
    Set<String> context = new TreeSet<>();
    for (String area : event.areas()) {
      Optional.ofNullable(CONTEXTS.get(area)).ifPresent(context::add);
    }
    if (event.type().equals("agreement")
        || event.field("cameo").filter("046"::equals).isPresent()) {
      context.add("diplomatic");
    }
    return List.copyOf(context);
  }
}
