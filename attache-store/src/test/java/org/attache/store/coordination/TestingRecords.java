package org.attache.store.coordination;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.attache.model.RecordCodec;
import org.attache.store.Database;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.ingest.FieldSources;
import org.attache.store.ingest.IncomingDocument;

/**
 * A communiqué written for these tests (the meeting is invented) and its record as the extractor
 * would give it: a meeting of the SCO and Brunei in Beijing on 9 February 2021, another in June, a
 * 2005 memorandum of the SCO and ASEAN, and their plan of joint events for 2021-2022.
 */
final class TestingRecords {
  static final String TEXT =
      "SCO Secretariat hosts envoy of Brunei\n\n"
          + "On 9 February 2021, the SCO Secretariat in Beijing hosted a meeting of the SCO and"
          + " Brunei on joint events. "
          + "Under their 2005 memorandum, the SCO and ASEAN are drafting a plan of joint events for"
          + " 2021-2022. "
          + "On 1 June 2021, the SCO and Brunei met again in Tashkent.";

  private TestingRecords() {}

  /** Stores the communiqué and its record. */
  static void store(Database database) {
    String id = sha256(TEXT);
    int meeting = TEXT.indexOf("On 9 February");
    int plan = TEXT.indexOf("Under their");
    int later = TEXT.indexOf("On 1 June");
    String json =
        """
        {"schema": "attache.record/1",
         "document": {"id": "%s", "title": "SCO Secretariat hosts envoy of Brunei",
           "published": "2021-02-10", "source": "testing/sco-brunei.txt", "language": "en",
           "diplomatic": true},
         "actors": [
           {"id": "a1", "kind": "organisation", "name": "Shanghai Cooperation Organisation",
            "code": "SCO", "posts": [], "mentions": []},
           {"id": "a2", "kind": "state", "name": "Brunei Darussalam", "code": "BRN", "posts": [],
            "mentions": []},
           {"id": "a3", "kind": "organisation", "name": "Association of Southeast Asian Nations",
            "code": "ASEAN", "posts": [], "mentions": []}],
         "events": [
           {"type": "meeting", "id": "e1", "date": "2021-02-09",
            "place": {"name": "SCO Secretariat", "city": "Beijing", "country": "CHN"},
            "participants": [{"actor": "a1", "role": "host"}, {"actor": "a2", "role": "guest"}],
            "evidence": [{"start": %d, "end": %d}], "confidence": 0.9},
           {"type": "agreement", "id": "e2", "instrument": "memorandum_of_understanding",
            "title": "2005 SCO-ASEAN memorandum", "parties": ["a1", "a3"], "signed": "2005",
            "areas": ["tourism"], "evidence": [{"start": %d, "end": %d}], "confidence": 0.8},
           {"type": "plan", "id": "e3", "parties": ["a1", "a3"], "framework": "e2",
            "period": {"from": "2021", "to": "2022"}, "status": "drafting",
            "title": "plan of joint events for 2021-2022", "areas": ["tourism"],
            "evidence": [{"start": %d, "end": %d}], "confidence": 0.7},
           {"type": "meeting", "id": "e4", "date": "2021-06-01",
            "place": {"name": null, "city": "Tashkent", "country": "UZB"},
            "participants": [{"actor": "a1", "role": "participant"},
              {"actor": "a2", "role": "participant"}],
            "evidence": [{"start": %d, "end": %d}], "confidence": 0.9}]}
        """
            .formatted(
                id, meeting, plan - 1, plan, later - 1, plan, later - 1, later, TEXT.length());
    try (DocumentWriter writer = new DocumentWriter(database)) {
      writer.write(
          new IncomingDocument(
              id, "testing/sco-brunei.txt", Optional.empty(), TEXT, FieldSources.ALL_EVIDENCE),
          RecordCodec.fromJson(json),
          "testing");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
