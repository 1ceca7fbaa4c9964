package org.attache.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.attache.model.Vocabulary;

/**
 * Reads the data files of the knowledge base. A TSV file holds comment lines ({@code #}), among
 * them one {@code # source: ...} naming where its facts come from, then a header line, then one
 * record per line; lists within a cell are separated by {@code |}. Every error names the file, the
 * line and the reason.
 */
final class KnowledgeFiles {
  static final String STATES = "states.tsv";
  static final String ORGANISATIONS = "organisations.tsv";
  static final String POSTS = "posts.tsv";
  static final String INSTITUTIONS = "institutions.tsv";
  static final String CASE_SENSITIVE = "case-sensitive.txt";
  static final String NON_ENTITIES = "non-entities.txt";

  static final List<String> STATE_COLUMNS =
      List.of(
          "alpha3", "alpha2", "name", "official_name", "variants", "demonyms", "capital", "cities");
  static final List<String> ORGANISATION_COLUMNS =
      List.of("code", "name", "variants", "seat_city", "seat_country", "founded", "members");
  static final List<String> POST_COLUMNS = List.of("surface", "title", "kind", "envoy");
  static final List<String> INSTITUTION_COLUMNS = List.of("name", "state");

  private KnowledgeFiles() {}

  /** One data line of a TSV file. */
  record Row(String file, int line, List<String> columns, List<String> cells) {
    String cell(int column) {
      return cells.get(column);
    }

    List<String> list(int column) {
      String cell = cells.get(column);
      if (cell.isEmpty()) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (String item : cell.split("\\|", -1)) {
        String stripped = item.strip();
        if (stripped.isEmpty()) {
          throw error("empty item in " + columns.get(column) + ": '" + cell + "'");
        }
        items.add(stripped);
      }
      return items;
    }

    KnowledgeDataException error(String reason) {
      return new KnowledgeDataException(file, line, reason);
    }

    /**
     * The value {@code parse} reads from this row; a cell it refuses ({@link
     * IllegalArgumentException} or {@link NullPointerException}) is an error of this line.
     */
    <T> T parse(Supplier<T> parse) {
      try {
        return parse.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw error(e.getMessage());
      }
    }
  }

  static List<State> states(String file, BufferedReader reader) {
    List<State> states = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    Map<String, String> cities = new HashMap<>();
    for (Row row : rows(file, reader, STATE_COLUMNS)) {
      State state =
          row.parse(
              () -> {
                List<City> others = new ArrayList<>();
                for (String city : row.list(7)) {
                  others.add(city(city));
                }
                return new State(
                    row.cell(0),
                    row.cell(1),
                    row.cell(2),
                    row.cell(3),
                    row.list(4),
                    row.list(5),
                    city(row.cell(6)),
                    others);
              });
      unique(row, codes, state.code(), "alpha-3 code");
      unique(row, codes, state.alpha2(), "alpha-2 code");
      for (String name : state.names()) {
        claim(row, names, Folding.key(name), state.code(), "name '" + name + "'");
      }
      for (String demonym : state.demonyms()) {
        claim(row, demonyms, Folding.key(demonym), state.code(), "demonym '" + demonym + "'");
      }
      for (City city : state.allCities()) {
        for (String name : city.names()) {
          claim(row, cities, Folding.key(name), state.code(), "city '" + name + "'");
        }
      }
      states.add(state);
    }
    return List.copyOf(states);
  }

  static List<Organisation> organisations(
      String file, BufferedReader reader, Map<String, State> states) {
    List<Organisation> organisations = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    for (Row row : rows(file, reader, ORGANISATION_COLUMNS)) {
      Organisation organisation =
          row.parse(
              () ->
                  new Organisation(
                      row.cell(0),
                      row.cell(1),
                      row.list(2),
                      optional(row.cell(3)),
                      optional(row.cell(4)),
                      year(row, row.cell(5)),
                      row.list(6)));
      unique(row, codes, organisation.code(), "code");
      for (String name : organisation.names()) {
        claim(row, names, Folding.key(name), organisation.code(), "name '" + name + "'");
      }
      Set<String> members = new HashSet<>();
      for (String member : organisation.members()) {
        if (!states.containsKey(member)) {
          throw row.error("member '" + member + "' is not a state of " + STATES);
        }
        if (!members.add(member)) {
          throw row.error("member '" + member + "' is listed twice");
        }
      }
      if (organisation.seatCountry().isPresent()) {
        String country = organisation.seatCountry().orElseThrow();
        String city = organisation.seatCity().orElseThrow();
        State state = states.get(country);
        if (state == null) {
          throw row.error("seat country '" + country + "' is not a state of " + STATES);
        }
        if (state.allCities().stream().noneMatch(known -> known.name().equals(city))) {
          throw row.error("seat city '" + city + "' is not a city of " + country + " in " + STATES);
        }
      }
      organisations.add(organisation);
    }
    return List.copyOf(organisations);
  }

  static List<PostTitle> posts(String file, BufferedReader reader) {
    List<PostTitle> posts = new ArrayList<>();
    Map<String, String> surfaces = new HashMap<>();
    Map<String, PostTitle> titles = new HashMap<>();
    for (Row row : rows(file, reader, POST_COLUMNS)) {
      PostTitle post =
          row.parse(
              () ->
                  new PostTitle(
                      row.cell(0),
                      row.cell(1),
                      Vocabulary.parseCode(PostKind.class, row.cell(2)),
                      flag(row, row.cell(3))));
      String previous = surfaces.putIfAbsent(Folding.key(post.surface()), post.surface());
      if (previous != null) {
        throw row.error("surface '" + post.surface() + "' repeats '" + previous + "'");
      }
      PostTitle first = titles.putIfAbsent(post.title(), post);
      if (first != null && (first.kind() != post.kind() || first.envoy() != post.envoy())) {
        throw row.error(
            "title '"
                + post.title()
                + "' is "
                + post.kind().code()
                + (post.envoy() ? " (envoy)" : "")
                + " here but "
                + first.kind().code()
                + (first.envoy() ? " (envoy)" : "")
                + " for '"
                + first.surface()
                + "'");
      }
      posts.add(post);
    }
    return List.copyOf(posts);
  }

  /**
   * Reads the national institutions (parliaments, ministries under their own names): each name with
   * the state it belongs to, which must be a state of {@link #STATES}.
   */
  static Map<String, State> institutions(
      String file, BufferedReader reader, Map<String, State> states) {
    Map<String, State> institutions = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Row row : rows(file, reader, INSTITUTION_COLUMNS)) {
      String name = row.cell(0);
      State state = states.get(row.cell(1));
      if (name.isEmpty()) {
        throw row.error("empty name");
      }
      if (state == null) {
        throw row.error("state '" + row.cell(1) + "' is not a state of " + STATES);
      }
      claim(row, names, Folding.key(name), state.code(), "name '" + name + "'");
      institutions.put(name, state);
    }
    return Collections.unmodifiableMap(institutions);
  }

  /** Reads a plain list: one phrase per line, blank lines and {@code #} comments skipped. */
  static List<String> phrases(String file, BufferedReader reader) {
    List<String> phrases = new ArrayList<>();
    int number = 0;
    for (String line : lines(file, reader)) {
      number++;
      String phrase = line.strip();
      if (phrase.isEmpty() || phrase.startsWith("#")) {
        continue;
      }
      if (Folding.phrase(phrase).isEmpty()) {
        throw new KnowledgeDataException(file, number, "empty phrase");
      }
      phrases.add(phrase);
    }
    return List.copyOf(phrases);
  }

  /**
   * Reads the data lines of a TSV file with exactly these columns.
   *
   * @throws KnowledgeDataException if the header, the source line or a line's cells are wrong
   */
  static List<Row> rows(String file, BufferedReader reader, List<String> columns) {
    List<Row> rows = new ArrayList<>();
    boolean source = false;
    boolean header = false;
    int number = 0;
    for (String line : lines(file, reader)) {
      number++;
      if (line.startsWith("#")) {
        source |= line.startsWith("# source:") && !line.substring(9).isBlank();
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (!header) {
        if (!cells.equals(columns)) {
          throw new KnowledgeDataException(
              file,
              number,
              "expected the header "
                  + String.join(" | ", columns)
                  + ", found "
                  + String.join(" | ", cells));
        }
        header = true;
        continue;
      }
      if (cells.size() != columns.size()) {
        throw new KnowledgeDataException(
            file, number, "expected " + columns.size() + " columns, found " + cells.size());
      }
      List<String> stripped = new ArrayList<>(cells.size());
      for (String cell : cells) {
        stripped.add(cell.strip());
      }
      rows.add(new Row(file, number, columns, List.copyOf(stripped)));
    }
    if (!header) {
      throw new KnowledgeDataException(file, 0, "no header line");
    }
    if (!source) {
      throw new KnowledgeDataException(file, 0, "no '# source:' line naming the sources");
    }
    return rows;
  }

  private static List<String> lines(String file, BufferedReader reader) {
    List<String> lines = new ArrayList<>();
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return lines;
  }

  /** Parses {@code Name=Variant=Variant}. */
  private static City city(String cell) {
    String[] names = cell.split("=", -1);
    List<String> variants = new ArrayList<>();
    for (int i = 1; i < names.length; i++) {
      variants.add(names[i].strip());
    }
    return new City(names[0].strip(), variants);
  }

  private static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  private static OptionalInt year(Row row, String cell) {
    if (cell.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!cell.matches("[0-9]{4}")) {
      throw row.error("founded is not a year: '" + cell + "'");
    }
    return OptionalInt.of(Integer.parseInt(cell));
  }

  private static boolean flag(Row row, String cell) {
    return switch (cell) {
      case "true" -> true;
      case "false" -> false;
      default -> throw row.error("envoy must be 'true' or 'false': '" + cell + "'");
    };
  }

  /** Records that {@code key} belongs to {@code owner}; fails if another owner has it. */
  private static void claim(
      Row row, Map<String, String> owners, String key, String owner, String what) {
    String previous = owners.putIfAbsent(key, owner);
    if (previous != null && !previous.equals(owner)) {
      throw row.error(what + " is already taken by " + previous);
    }
  }

  private static void unique(Row row, Set<String> seen, String code, String what) {
    if (!seen.add(code)) {
      throw row.error("duplicate " + what + " '" + code + "'");
    }
  }
}
