package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.PlanItemKind;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;
import org.attache.store.users.User;

/**
 * Tracks a plan against the record. For each item that is neither held nor cancelled and has a
 * planned date, it proposes the stored events of a fitting type that one of the item's parties took
 * part in (itself, or through a member state: an ASEAN item is carried out by Brunei's envoy too)
 * within the planned period and a margin of {@value #MARGIN_DAYS} days around it; a person confirms
 * or rejects each. A confirmed event marks the item held, on the event's date, with its source.
 * Thread-safe.
 */
public final class Tracking {
  /** How far before and after its planned period an event may fall and still be proposed. */
  public static final int MARGIN_DAYS = 31;

  private static final int MOST = 20;

  private final Sql sql;
  private final Map<String, List<String>> members;

  /**
   * @param members the member states of organisations, by code: ASEAN to BRN, IDN, ...
   */
  public Tracking(Sql sql, Map<String, List<String>> members) {
    this.sql = requireNonNull(sql, "sql is null");
    this.members = Map.copyOf(requireNonNull(members, "members is null"));
  }

  /** The proposals for every item of a plan that waits for evidence, best first for each item. */
  public List<Proposal> proposals(JointPlan plan) {
    List<Proposal> all = new ArrayList<>();
    for (JointItem item : plan.items()) {
      all.addAll(proposals(plan, item));
    }
    return all;
  }

  /** The proposals for one item, best first: none when it is held or cancelled or undated. */
  public List<Proposal> proposals(JointPlan plan, JointItem item) {
    List<String> types = types(item.kind());
    if (item.plannedFrom().isEmpty()
        || types.isEmpty()
        || item.status() == ItemStatus.HELD
        || item.status() == ItemStatus.CANCELLED) {
      return List.of();
    }
    List<String> parties = plan.partiesOf(item);
    Set<String> codes = new LinkedHashSet<>();
    for (String party : parties) {
      codes.add(party);
      codes.addAll(members.getOrDefault(party, List.of()));
    }
    LocalDate start = Checks.first(item.plannedFrom().get());
    LocalDate end = Checks.last(item.plannedTo().orElse(item.plannedFrom().get()));
    List<Candidate> candidates =
        sql.list(
            "SELECT e.id, e.type, e.date,"
                + " array_to_string(ARRAY(SELECT c.code FROM event_party_code c"
                + " WHERE c.event_id = e.id ORDER BY c.code), ' ') AS codes,"
                + " concat_ws(', ', current_value('event', e.id, 'place.name'),"
                + " current_value('event', e.id, 'place.city'),"
                + " current_value('event', e.id, 'place.country')) AS place,"
                + " array_to_string(ARRAY(SELECT a.area FROM event_area_view a"
                + " WHERE a.event_id = e.id ORDER BY a.area), ' ') AS areas"
                + " FROM event_date e WHERE e.type = ANY(?) AND e.date IS NOT NULL"
                + " AND iso_date_last(e.date) >= CAST(? AS date)"
                + " AND iso_date_first(e.date) <= CAST(? AS date)"
                + " AND e.id IN (SELECT c.event_id FROM event_party_code c WHERE c.code = ANY(?))"
                + " AND NOT EXISTS (SELECT 1 FROM coord_tracking t WHERE t.item_id = ?"
                + " AND t.event_id = e.id) ORDER BY e.date, e.id LIMIT 200",
            row ->
                new Candidate(
                    row.number("id"),
                    row.text("type"),
                    row.text("date"),
                    Plans.codes(row.text("codes")),
                    row.optionalText("place").filter(p -> !p.isEmpty()),
                    Plans.codes(row.text("areas"))),
            types.toArray(String[]::new),
            start.minusDays(MARGIN_DAYS),
            end.plusDays(MARGIN_DAYS),
            codes.toArray(String[]::new),
            item.id());
    Map<Long, Source> sources = sources(candidates.stream().map(Candidate::id).toList());
    List<Proposal> proposals = new ArrayList<>();
    for (Candidate c : candidates) {
      List<String> found =
          parties.stream()
              .filter(
                  p ->
                      c.codes().contains(p)
                          || members.getOrDefault(p, List.of()).stream()
                              .anyMatch(c.codes()::contains))
              .toList();
      boolean inPeriod =
          !Checks.first(c.date()).isBefore(start) && !Checks.last(c.date()).isAfter(end);
      boolean placeMatches =
          item.place().isPresent()
              && c.place().isPresent()
              && samePlace(item.place().get(), c.place().get());
      List<String> shared = c.areas().stream().filter(plan.areas()::contains).toList();
      double score =
          0.5 * found.size() / parties.size()
              + (inPeriod ? 0.2 : 0)
              + (placeMatches ? 0.2 : 0)
              + (shared.isEmpty() ? 0 : 0.1);
      Optional<Source> source = Optional.ofNullable(sources.get(c.id()));
      proposals.add(
          new Proposal(
              item.id(),
              c.id(),
              c.type(),
              c.date(),
              Math.round(score * 100) / 100.0,
              found,
              inPeriod,
              c.place(),
              placeMatches,
              shared,
              source.flatMap(Source::sentence),
              source.map(Source::documentId),
              source.flatMap(Source::headline),
              source.map(Source::source)));
    }
    proposals.sort(
        Comparator.comparingDouble(Proposal::score)
            .reversed()
            .thenComparing(Proposal::date)
            .thenComparingLong(Proposal::event));
    return List.copyOf(proposals.subList(0, Math.min(MOST, proposals.size())));
  }

  /**
   * Confirms that a stored event carried out an item: the item is held, on the earliest date
   * confirmed, and keeps the event's source. Editors of the plan's parties may confirm, also when
   * the plan is locked: tracking records what happened, it does not change what was agreed.
   *
   * @throws AttacheException not found for an event the store does not have (or no longer)
   */
  public void confirm(long itemId, long eventId, User user, Optional<String> reason) {
    decide(itemId, eventId, user, reason, "confirmed");
  }

  /**
   * Says that a stored event did not carry out an item: it is no longer proposed for it.
   *
   * @throws AttacheException a conflict when the event was confirmed for the item already
   */
  public void reject(long itemId, long eventId, User user, Optional<String> reason) {
    decide(itemId, eventId, user, reason, "rejected");
  }

  private void decide(
      long itemId, long eventId, User user, Optional<String> reason, String decision) {
    Optional<String> why = Checks.optionalText("reason", requireNonNull(reason, "reason"), 2000);
    sql.transaction(
        decision.substring(0, decision.length() - 1) + " event " + eventId + " for item " + itemId,
        s -> {
          Header plan = Header.lockOfItem(s, itemId);
          Rights.edit(user, plan);
          Optional<String> earlier =
              s.one(
                  "SELECT decision FROM coord_tracking WHERE item_id = ? AND event_id = ?",
                  row -> row.text("decision"),
                  itemId,
                  eventId);
          if (earlier.isPresent()) {
            throw AttacheException.conflict(
                "Event " + eventId + " was " + earlier.get() + " for item " + itemId + " already");
          }
          String date =
              s.one(
                      "SELECT date FROM event_date WHERE id = ? AND date IS NOT NULL",
                      row -> row.text("date"),
                      eventId)
                  .orElseThrow(() -> AttacheException.notFound("No dated event " + eventId));
          Optional<Source> source = Optional.ofNullable(sources(s, List.of(eventId)).get(eventId));
          s.update(
              "INSERT INTO coord_tracking (item_id, event_id, decision, event_date, document_id,"
                  + " source, headline, evidence, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              itemId,
              eventId,
              decision,
              date,
              source.map(Source::documentId).orElse(null),
              source.map(Source::source).orElse(null),
              source.flatMap(Source::headline).orElse(null),
              source.flatMap(Source::sentence).orElse(null),
              user.name());
          String what =
              "event "
                  + eventId
                  + " of "
                  + date
                  + source.flatMap(Source::headline).map(h -> " ('" + h + "')").orElse("");
          if (decision.equals("confirmed")) {
            s.update(
                "UPDATE coord_item SET status = 'held', held_on = CASE WHEN held_on IS NULL"
                    + " OR iso_date_first(?) < iso_date_first(held_on) THEN ? ELSE held_on END"
                    + " WHERE id = ?",
                date,
                date,
                itemId);
            Audit.append(
                s,
                plan.id(),
                Optional.of(itemId),
                user,
                "confirm",
                "item " + itemId + " held: " + what,
                why);
          } else {
            Audit.append(
                s,
                plan.id(),
                Optional.of(itemId),
                user,
                "reject",
                "item " + itemId + " not carried out by " + what,
                why);
          }
          return null;
        });
  }

  private Map<Long, Source> sources(List<Long> events) {
    if (events.isEmpty()) {
      return Map.of();
    }
    return sql.snapshot("read the sources of events", s -> sources(s, events));
  }

  /**
   * The earliest report of each event, with the sentence that says it took place: the first that
   * gives its date, failing that the first it was read from (which may be the headline).
   */
  private static Map<Long, Source> sources(Sql.Statements s, List<Long> events)
      throws SQLException {
    Map<Long, Source> sources = new HashMap<>();
    s.forEach(
        "SELECT DISTINCT ON (x.event_id) x.event_id, x.document_id, d.title, d.source,"
            + " coalesce((SELECT substring(d.text FROM p.span_start + 1"
            + " FOR p.span_end - p.span_start) FROM assertion a"
            + " JOIN assertion_span p ON p.assertion_id = a.id"
            + " WHERE a.document_id = x.document_id AND a.subject_kind = 'event'"
            + " AND a.subject_id = x.event_id AND a.field = 'date' AND a.state <> 'rejected'"
            + " ORDER BY p.span_start LIMIT 1),"
            + " CASE WHEN x.span_start IS NOT NULL THEN substring(d.text FROM x.span_start + 1"
            + " FOR x.span_end - x.span_start) END) AS sentence FROM event_source x"
            + " JOIN document d ON d.id = x.document_id WHERE x.event_id = ANY(?)"
            + " ORDER BY x.event_id, x.published NULLS LAST, x.document_id",
        row ->
            sources.put(
                row.number("event_id"),
                new Source(
                    row.text("document_id"),
                    row.optionalText("title"),
                    row.text("source"),
                    row.optionalText("sentence").map(String::strip).filter(t -> !t.isEmpty()))),
        (Object) events.toArray(Long[]::new));
    return sources;
  }

  /** The stored event types that may carry out an item of a kind. */
  private static List<String> types(PlanItemKind kind) {
    return switch (kind) {
      case PUBLICATION -> List.of();
      case OTHER -> List.of("meeting", "agreement");
      default -> List.of("meeting");
    };
  }

  private static boolean samePlace(String planned, String held) {
    String a = planned.toLowerCase(Locale.ROOT);
    String b = held.toLowerCase(Locale.ROOT);
    for (String part : a.split("\\s*,\\s*")) {
      if (!part.isEmpty() && b.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(
      long id,
      String type,
      String date,
      List<String> codes,
      Optional<String> place,
      List<String> areas) {}

  private record Source(
      String documentId, Optional<String> headline, String source, Optional<String> sentence) {}
}
