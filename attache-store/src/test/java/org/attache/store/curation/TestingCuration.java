package org.attache.store.curation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.RecordCodec;
import org.attache.store.Database;
import org.attache.store.TestingRecords;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.ingest.FieldSources;
import org.attache.store.ingest.IncomingDocument;

/**
 * Two reports, written for these tests (the people are invented), of meetings of one man whose name
 * they spell in two ways, with records made by hand as the extractor would make them; the first
 * gives him a wrong post, "Head of Uzbekistan", read from a sentence about an institute.
 */
public final class TestingCuration {
  public static final Vocabulary VOCABULARY =
      new Vocabulary(
          Set.of("CHN", "UZB", "IDN"), Set.of("040", "042", "043", "046"), Set.of("CONSULT"));

  public static final String FIRST_TEXT =
      "Norov meets Hartono in Beijing\n\n"
          + "Vladimir Norov, Head of the Institute for Strategic and Regional Studies of"
          + " Uzbekistan, met Lina Hartono in Beijing, China on 8 February 2021. They discussed"
          + " trade.";

  public static final String FIRST_RECORD =
      """
      {"schema": "attache.record/1",
       "document": {"id": "@ID", "title": "Norov meets Hartono in Beijing",
         "published": "2021-02-08", "source": "first.txt", "language": "en", "diplomatic": true},
       "actors": [
         {"id": "a1", "kind": "person", "name": "Vladimir Norov",
          "posts": [{"title": "Head", "of": "a3", "to": null}], "mentions": {{Vladimir Norov}}},
         {"id": "a2", "kind": "person", "name": "Lina Hartono", "posts": [],
          "mentions": {{Lina Hartono}}},
         {"id": "a3", "kind": "state", "name": "Uzbekistan", "code": "UZB",
          "mentions": {{Uzbekistan}}},
         {"id": "a4", "kind": "organisation",
          "name": "Institute for Strategic and Regional Studies", "code": null,
          "mentions": {{Institute for Strategic and Regional Studies}}},
         {"id": "a5", "kind": "state", "name": "China", "code": "CHN", "mentions": {{China}}}],
       "events": [
         {"id": "e1", "type": "meeting", "date": "2021-02-08",
          "place": {"name": null, "city": "Beijing", "country": "CHN"},
          "participants": [{"actor": "a1", "role": "host"}, {"actor": "a2", "role": "guest"}],
          "codes": {"cameo": "043", "plover": "CONSULT"},
          "evidence": {{Vladimir Norov, Head of the Institute for Strategic and Regional Studies\
       of Uzbekistan, met Lina Hartono in Beijing, China on 8 February 2021.}},
          "confidence": 0.9}]}
      """;

  public static final String SECOND_TEXT =
      "Norrov visits Tashkent forum\n\n"
          + "Vladimir Norrov met Lina Hartono in Tashkent on 3 March 2021. They discussed"
          + " tourism.";

  public static final String SECOND_RECORD =
      """
      {"schema": "attache.record/1",
       "document": {"id": "@ID", "title": "Norrov visits Tashkent forum",
         "published": "2021-03-03", "source": "second.txt", "language": "en", "diplomatic": true},
       "actors": [
         {"id": "a1", "kind": "person", "name": "Vladimir Norrov", "posts": [],
          "mentions": {{Vladimir Norrov}}},
         {"id": "a2", "kind": "person", "name": "Lina Hartono", "posts": [],
          "mentions": {{Lina Hartono}}}],
       "events": [
         {"id": "e1", "type": "meeting", "date": "2021-03-03",
          "place": {"name": null, "city": "Tashkent", "country": "UZB"},
          "participants": [{"actor": "a1", "role": "guest"}, {"actor": "a2", "role": "host"}],
          "codes": {"cameo": "042", "plover": "CONSULT"},
          "evidence": {{Vladimir Norrov met Lina Hartono in Tashkent on 3 March 2021.}},
          "confidence": 0.9}]}
      """;

  private static final Pattern SPANS = Pattern.compile("\\{\\{(.+?)}}", Pattern.DOTALL);

  private TestingCuration() {}

  public static String id(String text) {
    return TestingRecords.documentId(text);
  }

  /** Stores a document with its record as the extractor of a version made it. */
  public static DocumentWriter.Outcome write(
      Database database, String text, String record, String version) {
    String id = id(text);
    StringBuilder json = new StringBuilder();
    Matcher m = SPANS.matcher(record.replace("@ID", id));
    while (m.find()) {
      String phrase = m.group(1).replace("\n", "").replaceAll(" +", " ");
      StringBuilder spans = new StringBuilder("[");
      for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        spans.append(spans.length() > 1 ? ", " : "");
        spans.append("{\"start\": ").append(at).append(", \"end\": ");
        spans.append(at + phrase.length()).append('}');
      }
      if (spans.length() == 1) {
        throw new IllegalArgumentException("Not in the text: " + phrase);
      }
      m.appendReplacement(json, Matcher.quoteReplacement(spans.append(']').toString()));
    }
    m.appendTail(json);
    try (DocumentWriter writer = new DocumentWriter(database)) {
      return writer.write(
          new IncomingDocument(id, "test", Optional.empty(), text, FieldSources.ALL_EVIDENCE),
          RecordCodec.fromJson(json.toString()),
          version);
    }
  }
}
