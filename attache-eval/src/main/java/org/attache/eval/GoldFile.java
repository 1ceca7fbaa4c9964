package org.attache.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanItemStatus;
import org.attache.model.PlanStatus;
import org.attache.model.Stance;
import org.attache.model.Vocabulary;

/**
 * Reads a gold file ({@code NNNN.gold.json}, shared/gold/README.md) into a {@link Gold}.
 *
 * <p>Keys the evaluator does not score ({@code text}, {@code title}, {@code venue}, ...) are
 * ignored. Values of the closed vocabularies that are scored (stances, areas, instruments, plan
 * statuses) are checked, so that a typo in a gold file fails loudly instead of costing points.
 */
public final class GoldFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldFile() {}

  /**
   * Reads one gold file.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and the offending key when it is not valid
   */
  public static Gold read(Path path) {
    String json;
    try {
      json = Files.readString(path, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read gold file '"
              + path
              + "': "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
    try {
      return parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Cannot read gold file '" + path + "': " + e.getMessage(), e);
    }
  }

  /**
   * Reads the text of one gold file.
   *
   * @throws IllegalArgumentException naming the offending key when it is not valid
   */
  public static Gold parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the top level is not a JSON object");
    }
    JsonNode document = root.get("document");
    if (document == null || !document.isObject()) {
      throw new IllegalArgumentException("document: " + expected("an object", document));
    }
    JsonNode diplomatic = document.get("diplomatic");
    if (diplomatic == null || !diplomatic.isBoolean()) {
      throw new IllegalArgumentException(
          "document.diplomatic: " + expected("true or false", diplomatic));
    }
    Gold gold =
        new Gold(
            optionalText(document, "published", "document"),
            diplomatic.booleanValue(),
            section(root, "people", GoldFile::person),
            section(root, "meetings", GoldFile::meeting),
            section(root, "statements", GoldFile::statement),
            section(root, "agreements", GoldFile::agreement),
            section(root, "plans", GoldFile::plan),
            section(root, "priorities", GoldFile::priorities),
            section(root, "establishments", GoldFile::establishment));
    return withEnglishSpellings(gold);
  }

  /**
   * Labels each person that has a {@code name_en} by both spellings ({@link Names#label}), in the
   * people and wherever the gold names them: meetings' participants and hosts, statements'
   * speakers, priorities' actors.
   */
  private static Gold withEnglishSpellings(Gold gold) {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    for (Gold.Person person : gold.people().orElse(List.of())) {
      if (!person.name().equals(person.label())) {
        labels.put(person.name(), person.label());
      }
    }
    if (labels.isEmpty()) {
      return gold;
    }
    Function<String, String> label = name -> labels.getOrDefault(name, name);
    Function<List<String>, List<String>> all = names -> names.stream().map(label).toList();
    Gold result =
        relabel(gold, gold.people(), p -> new Gold.Person(p.label(), p.posts()), Gold::withPeople);
    result =
        relabel(
            result,
            gold.meetings(),
            m ->
                new Gold.Meeting(
                    m.date(),
                    m.city(),
                    m.country(),
                    m.format(),
                    all.apply(m.participants()),
                    all.apply(m.hosts())),
            Gold::withMeetings);
    result =
        relabel(
            result,
            gold.statements(),
            s -> new Gold.Statement(label.apply(s.speaker()), s.stances()),
            Gold::withStatements);
    return relabel(
        result,
        gold.priorities(),
        p -> new Gold.Priorities(label.apply(p.actor()), p.capacity(), p.period(), p.areas()),
        Gold::withPriorities);
  }

  /** {@code gold} with each entry of a section it lists relabelled; as it is if it lists none. */
  private static <T> Gold relabel(
      Gold gold,
      Optional<List<T>> section,
      UnaryOperator<T> relabel,
      BiFunction<Gold, List<T>, Gold> with) {
    return section
        .map(entries -> with.apply(gold, entries.stream().map(relabel).toList()))
        .orElse(gold);
  }

  private static Gold.Person person(Item item) {
    List<Gold.Post> posts = new ArrayList<>();
    posts.add(
        new Gold.Post(item.optionalText("post"), item.optionalText("of"), item.optionalText("to")));
    for (Item other : item.items("other_posts")) {
      posts.add(
          new Gold.Post(
              other.optionalText("post"), other.optionalText("of"), other.optionalText("to")));
    }
    return new Gold.Person(item.text("name"), item.optionalText("name_en"), posts);
  }

  private static Gold.Meeting meeting(Item item) {
    return new Gold.Meeting(
        item.optionalText("date"),
        item.optionalText("city"),
        item.optionalText("country"),
        item.optionalText("format"),
        item.texts("participants", true, Function.identity()),
        item.texts("hosts", false, Function.identity()));
  }

  private static Gold.Statement statement(Item item) {
    String speaker = item.text("speaker");
    JsonNode stance = item.node.get("stance");
    List<String> stances =
        stance != null && stance.isTextual()
            ? List.of(item.text("stance", s -> Vocabulary.parse(Stance.class, s).code()))
            : item.texts("stance", true, s -> Vocabulary.parse(Stance.class, s).code());
    if (stances.isEmpty()) {
      throw new IllegalArgumentException(item.where + ".stance: no reading given");
    }
    return new Gold.Statement(speaker, stances);
  }

  private static Gold.Agreement agreement(Item item) {
    return new Gold.Agreement(
        item.text("instrument", s -> Vocabulary.parse(Instrument.class, s).code()),
        item.texts("parties", true, Function.identity()),
        item.optionalText("signed"),
        item.texts("areas", false, s -> Vocabulary.parse(Area.class, s).code()));
  }

  private static Gold.Plan plan(Item item) {
    Optional<Item> period = item.optionalItem("period");
    return new Gold.Plan(
        item.texts("parties", true, Function.identity()),
        period.flatMap(p -> p.optionalText("from")),
        period.flatMap(p -> p.optionalText("to")),
        item.optionalText("status", s -> Vocabulary.parse(PlanStatus.class, s).code()),
        item.node.has("items")
            ? Optional.of(item.items("items").stream().map(GoldFile::planItem).toList())
            : Optional.empty());
  }

  private static Gold.PlanItem planItem(Item item) {
    Optional<Item> planned = item.optionalItem("planned");
    return new Gold.PlanItem(
        item.text("title"),
        item.text("kind", s -> Vocabulary.parse(PlanItemKind.class, s).code()),
        planned.flatMap(p -> p.optionalText("from")),
        planned.flatMap(p -> p.optionalText("to")),
        item.optionalText("status", s -> Vocabulary.parse(PlanItemStatus.class, s).code()));
  }

  private static Gold.Priorities priorities(Item item) {
    return new Gold.Priorities(
        item.text("actor"),
        item.optionalText("capacity"),
        item.optionalText("period"),
        item.texts("areas", false, s -> Vocabulary.parse(Area.class, s).code()));
  }

  private static Gold.Establishment establishment(Item item) {
    return new Gold.Establishment(
        item.text("actor"),
        item.optionalText("date"),
        item.texts("founders", false, Function.identity()),
        item.optionalText("occasion"));
  }

  private static <T> Optional<List<T>> section(
      JsonNode root, String key, Function<Item, T> reader) {
    if (!root.has(key)) {
      return Optional.empty();
    }
    return Optional.of(new Item(root, "").items(key).stream().map(reader).toList());
  }

  private static Optional<String> optionalText(JsonNode parent, String key, String where) {
    return new Item(parent, where).optionalText(key);
  }

  private static String expected(String what, JsonNode found) {
    return "expected " + what + ", found " + (found == null ? "nothing" : found.toString());
  }

  /** A JSON object in the file, with where it sits ({@code meetings[2]}) for error messages. */
  private static final class Item {
    private final JsonNode node;
    private final String where;

    Item(JsonNode node, String where) {
      this.node = node;
      this.where = where;
    }

    private String at(String key) {
      return where.isEmpty() ? key : where + "." + key;
    }

    String text(String key) {
      return text(key, Function.identity());
    }

    String text(String key, Function<String, String> check) {
      JsonNode value = node.get(key);
      if (value == null || !value.isTextual()) {
        throw new IllegalArgumentException(at(key) + ": " + expected("a string", value));
      }
      return checked(at(key), value.textValue(), check);
    }

    Optional<String> optionalText(String key) {
      return optionalText(key, Function.identity());
    }

    Optional<String> optionalText(String key, Function<String, String> check) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isTextual()) {
        throw new IllegalArgumentException(at(key) + ": " + expected("a string or null", value));
      }
      return Optional.of(checked(at(key), value.textValue(), check));
    }

    private static String checked(String place, String value, Function<String, String> check) {
      try {
        return check.apply(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(place + ": " + e.getMessage(), e);
      }
    }

    List<String> texts(String key, boolean required, Function<String, String> check) {
      JsonNode value = node.get(key);
      if (value == null && !required) {
        return List.of();
      }
      if (value == null || !value.isArray()) {
        throw new IllegalArgumentException(at(key) + ": " + expected("a list of strings", value));
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        JsonNode element = value.get(i);
        String place = at(key) + "[" + i + "]";
        if (!element.isTextual()) {
          throw new IllegalArgumentException(place + ": " + expected("a string", element));
        }
        texts.add(checked(place, element.textValue(), check));
      }
      return texts;
    }

    List<Item> items(String key) {
      JsonNode value = node.get(key);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        throw new IllegalArgumentException(at(key) + ": " + expected("a list of objects", value));
      }
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        JsonNode element = value.get(i);
        String place = at(key) + "[" + i + "]";
        if (!element.isObject()) {
          throw new IllegalArgumentException(place + ": " + expected("an object", element));
        }
        items.add(new Item(element, place));
      }
      return items;
    }

    Optional<Item> optionalItem(String key) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isObject()) {
        throw new IllegalArgumentException(at(key) + ": " + expected("an object or null", value));
      }
      return Optional.of(new Item(value, at(key)));
    }
  }
}
