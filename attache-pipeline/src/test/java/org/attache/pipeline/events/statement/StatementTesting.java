package org.attache.pipeline.events.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.attache.model.Actor;
import org.attache.model.DocumentRecord;
import org.attache.model.Statement;
import org.attache.pipeline.testing.EventTesting;
import org.attache.pipeline.testing.ExtractorTesting;

/** The statements of a text written for a test, each as "speaker: stance". */
final class StatementTesting {
  /** A meeting that gives the statements after it two sides. */
  static final String MEETING = EventTesting.MEETING;

  private StatementTesting() {}

  /** The statements of the body, each speaker by its code, else its name. */
  static List<String> statements(String body) {
    return statements(null, body, a -> a.code().orElse(a.name()));
  }

  /** The statements of the titled body, each speaker by its code, else its name. */
  static List<String> statementsByCode(String title, String body) {
    return statements(title, body, a -> a.code().orElse(a.name()));
  }

  /** The statements of the titled body, each speaker by its name. */
  static List<String> statements(String title, String body) {
    return statements(title, body, Actor::name);
  }

  private static List<String> statements(String title, String body, Function<Actor, String> name) {
    DocumentRecord record = ExtractorTesting.extract(title, body, EventTesting.PUBLISHED);
    List<String> found = new ArrayList<>();
    for (Statement statement : record.events(Statement.class)) {
      Actor speaker = record.actor(statement.speaker()).orElseThrow();
      found.add(name.apply(speaker) + ": " + statement.stance().code());
    }
    return found;
  }
}
