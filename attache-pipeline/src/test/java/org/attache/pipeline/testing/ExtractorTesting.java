package org.attache.pipeline.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Post;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;

/**
 * Runs the real extractor (CoreNLP and the bundled knowledge base, loaded once per test JVM) on
 * texts written in a test, and reads its records back in the reduced form tests assert on.
 */
public final class ExtractorTesting {
  private static Extractor extractor;

  private ExtractorTesting() {}

  public static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.standard();
    }
    return extractor;
  }

  /** The shared folder of the gold documents, as Surefire passes it. */
  public static Path shared() {
    return Path.of(System.getProperty("attache.shared", "../shared"));
  }

  public static DocumentRecord extract(String title, String body, String published) {
    SourceDocument document =
        new SourceDocument(
            "test",
            Optional.ofNullable(title),
            Optional.ofNullable(published).map(LocalDate::parse),
            body);
    return extractor().extract(document);
  }

  /** A person in the reduced form: name, then title, the code served and the code accredited to. */
  public static List<String> people(DocumentRecord record) {
    List<String> people = new ArrayList<>();
    for (Actor actor : record.actors()) {
      if (!actor.posts().isEmpty()) {
        people.add(post(record, actor, actor.posts().get(0)));
      }
    }
    return people;
  }

  /** Every post of every person, in the form of {@link #people}: "name | title | of | to". */
  public static List<String> posts(DocumentRecord record) {
    List<String> posts = new ArrayList<>();
    for (Actor actor : record.actors()) {
      for (Post post : actor.posts()) {
        posts.add(post(record, actor, post));
      }
    }
    return posts;
  }

  private static String post(DocumentRecord record, Actor actor, Post post) {
    return actor.name()
        + " | "
        + post.title()
        + " | "
        + post.of().flatMap(id -> code(record, id)).orElse("-")
        + " | "
        + post.to().flatMap(id -> code(record, id)).orElse("-");
  }

  /** The names of the people of the record, with or without a post. */
  public static List<String> names(DocumentRecord record) {
    return record.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON)
        .map(Actor::name)
        .toList();
  }

  /** A meeting's participants as names (people) or codes (states, organisations) with roles. */
  public static List<String> participants(DocumentRecord record, Meeting meeting) {
    List<String> sides = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      Actor actor = record.actor(participant.actor()).orElseThrow();
      sides.add(
          actor.code().orElse(actor.name())
              + " ("
              + participant.role().name().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    return sides;
  }

  private static Optional<String> code(DocumentRecord record, String id) {
    return record.actor(id).flatMap(Actor::code);
  }
}
