package org.attache.pipeline.codes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.model.Agreement;
import org.attache.model.Codes;
import org.attache.model.Event;
import org.attache.model.Plan;
import org.attache.model.Priorities;
import org.attache.model.Statement;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.WordLists;

/**
 * Gives each event its CAMEO and PLOVER codes from {@code event-codes.tsv} (the CAMEO codebook and
 * the PLOVER manual's conversion table, both named there): statements by stance, agreements and
 * plans by status, priorities as statements. Events that already carry codes (meetings) and events
 * with no mapping (establishments, agreements in force) are left as they are.
 */
public final class AssignCodes extends DeclaredStage {
  private record Mapping(String cameo, String plover, String note) {}

  private final Map<String, Mapping> table = new HashMap<>();

  public AssignCodes() {
    super("codes", Layer.everyEvent(), EnumSet.of(Layer.CODES));
    for (List<String> row : WordLists.table("event-codes.tsv")) {
      if (row.size() < 3) {
        throw new IllegalStateException(
            "event-codes.tsv: a row needs event, value and cameo: " + row);
      }
      table.put(
          row.get(0) + "|" + row.get(1),
          new Mapping(
              row.get(2), row.size() > 3 ? row.get(3) : "", row.size() > 4 ? row.get(4) : ""));
    }
  }

  @Override
  public Analysis apply(Analysis analysis) {
    List<Event> coded = new ArrayList<>();
    for (Event event : analysis.events()) {
      coded.add(event.codes().isPresent() ? event : code(event));
    }
    return analysis.withRevisedEvents(Layer.CODES, coded);
  }

  private Event code(Event event) {
    String key;
    if (event instanceof Statement s) {
      key = "statement|" + s.stance().code();
    } else if (event instanceof Agreement a) {
      key = "agreement|" + a.status().map(v -> v.code()).orElse("");
    } else if (event instanceof Plan p) {
      key = "plan|" + p.status().map(v -> v.code()).orElse("");
    } else if (event instanceof Priorities) {
      key = "priorities|*";
    } else {
      return event;
    }
    Mapping mapping = table.get(key);
    if (mapping == null) {
      return event;
    }
    Optional<Codes> codes =
        Optional.of(
            new Codes(
                Optional.of(mapping.cameo()),
                mapping.plover().isEmpty() ? Optional.empty() : Optional.of(mapping.plover())));
    SortedMap<String, String> provenance = new TreeMap<>(event.provenance());
    provenance.put(
        "codes", "event-codes.tsv: " + key.replace('|', ' ') + " (" + mapping.note() + ")");
    return event.withCodes(codes, provenance);
  }
}
