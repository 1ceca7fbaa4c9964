package org.attache.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Post;
import org.attache.model.Role;
import org.attache.model.Span;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.ingest.FieldSources;
import org.attache.store.ingest.IncomingDocument;

/**
 * Documents with records written by hand, for tests of what the store makes of records: each actor
 * is mentioned wherever the text says its name, a meeting's evidence is the sentence that names its
 * first participant.
 */
public final class TestingRecords {
  private final String text;
  private final String published;
  private Optional<String> title = Optional.empty();
  private String language = "en";
  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private TestingRecords(String text, String published) {
    this.text = text;
    this.published = published;
  }

  /** A document of this text, published on this ISO date. */
  public static TestingRecords document(String text, String published) {
    return new TestingRecords(text, published);
  }

  /** Gives the document a title, which its text need not repeat. */
  public TestingRecords title(String value) {
    title = Optional.of(value);
    return this;
  }

  /** The document's language (ISO 639-1); English unless told. */
  public TestingRecords language(String value) {
    language = value;
    return this;
  }

  /** A person named in another script, with the English spelling of their name. */
  public TestingRecords person(String id, String name, String nameEn, Post... posts) {
    actors.add(
        new Actor(
            id,
            ActorKind.PERSON,
            name,
            Optional.of(nameEn),
            Optional.empty(),
            List.of(posts),
            mentions(name)));
    return this;
  }

  public TestingRecords person(String id, String name, Post... posts) {
    actors.add(
        new Actor(id, ActorKind.PERSON, name, Optional.empty(), List.of(posts), mentions(name)));
    return this;
  }

  public TestingRecords state(String id, String name, String code) {
    actors.add(new Actor(id, ActorKind.STATE, name, Optional.of(code), List.of(), mentions(name)));
    return this;
  }

  /** A meeting of a date in a city, its first participant the host, the others guests. */
  public TestingRecords meeting(
      String id, String date, String city, double confidence, String... participants) {
    List<Participant> parts = new ArrayList<>();
    for (int i = 0; i < participants.length; i++) {
      parts.add(new Participant(participants[i], i == 0 ? Role.HOST : Role.GUEST));
    }
    Span first =
        actors.stream()
            .filter(a -> a.id().equals(participants[0]))
            .findFirst()
            .orElseThrow()
            .mentions()
            .get(0);
    events.add(
        new Meeting(
            id,
            Optional.of(date),
            Optional.of(new Place(Optional.empty(), Optional.of(city), Optional.empty())),
            parts,
            Optional.empty(),
            Optional.empty(),
            List.of(sentence(first)),
            confidence,
            new TreeMap<>()));
    return this;
  }

  /**
   * A second report (10 May 2024) of Aigerim Bekova and Kenji Morita's meeting in Astana on 2 May
   * 2024, which also reports a meeting of its own: Morita's with Nurlan Sadykov in Almaty on 9 May.
   */
  public static TestingRecords astanaRetoldWithAlmaty() {
    return document(
            "Aigerim Bekova received Kenji Morita in Astana on 2 May 2024. Kenji Morita met"
                + " Nurlan Sadykov in Almaty on 9 May 2024.",
            "2024-05-10")
        .person("a1", "Aigerim Bekova")
        .person("a2", "Kenji Morita")
        .person("a3", "Nurlan Sadykov")
        .meeting("e1", "2024-05-02", "Astana", 0.9, "a1", "a2")
        .meeting("e2", "2024-05-09", "Almaty", 0.8, "a3", "a2");
  }

  /** Two people, a1 and a2, and their meeting e1 on a date in a place, as a report with 0.9. */
  public TestingRecords met(String first, String second, String date, String place) {
    return person("a1", first).person("a2", second).meeting("e1", date, place, 0.9, "a1", "a2");
  }

  /** A post of a title, of an actor of the record. */
  public static Post post(String title, String of) {
    return new Post(title, Optional.of(of), Optional.empty());
  }

  /** Stores the document and its record; its id is the SHA-256 of its text. */
  public String writeTo(Database database) {
    String id = documentId(text);
    DocumentRecord record =
        new DocumentRecord(
            new DocumentInfo(id, title, Optional.of(published), "test:" + id, language, true),
            actors,
            events);
    try (DocumentWriter writer = new DocumentWriter(database)) {
      writer.write(
          new IncomingDocument(id, "test:" + id, Optional.empty(), text, FieldSources.ALL_EVIDENCE),
          record,
          "1.0.0");
    }
    return id;
  }

  private List<Span> mentions(String name) {
    List<Span> spans = new ArrayList<>();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      spans.add(new Span(at, at + name.length()));
    }
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("The text does not name '" + name + "'");
    }
    return spans;
  }

  /** The sentence around a span: from after the last full stop before it to the next one. */
  private Span sentence(Span inside) {
    int start = text.lastIndexOf(". ", inside.start());
    int end = text.indexOf('.', inside.end());
    return new Span(start < 0 ? 0 : start + 2, end < 0 ? text.length() : end + 1);
  }

  /** A document's id as the store gives it: the SHA-256 of its text, in hex. */
  public static String documentId(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
