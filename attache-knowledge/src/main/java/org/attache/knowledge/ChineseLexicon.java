package org.attache.knowledge;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The knowledge base under Chinese names: states, organisations, post titles and cities as Chinese
 * texts write them ({@code zh/states.tsv}, {@code zh/organisations.tsv}, {@code zh/posts.tsv},
 * {@code zh/cities.tsv}), each tied to its entry in the English knowledge base. Names are in
 * simplified characters; a traditional text is looked up through its simplified form.
 */
public final class ChineseLexicon {
  static final String STATES = "zh/states.tsv";
  static final String ORGANISATIONS = "zh/organisations.tsv";
  static final String POSTS = "zh/posts.tsv";
  static final String CITIES = "zh/cities.tsv";

  /** What a Chinese name stands for. */
  public sealed interface Entry permits StateName, OrganisationName, Title, CityName {}

  /** A state by its ISO alpha-3 code. */
  public record StateName(String code) implements Entry {}

  /** An organisation by its code. */
  public record OrganisationName(String code) implements Entry {}

  /** A post title, with its normalised English form. */
  public record Title(PostTitle post) implements Entry {}

  /** A city and the state it lies in. */
  public record CityName(Location location) implements Entry {}

  /** A name found in a text: characters {@code start} (inclusive) to {@code end} (exclusive). */
  public record Match(int start, int end, Entry entry) {}

  private final Map<String, Entry> names;
  private final Map<Character, String> shortForms;
  private final int longest;

  private ChineseLexicon(Map<String, Entry> names, Map<Character, String> shortForms) {
    this.names = Map.copyOf(names);
    this.shortForms = Map.copyOf(shortForms);
    int max = 0;
    for (String name : names.keySet()) {
      max = Math.max(max, name.length());
    }
    this.longest = max;
  }

  private static final class Standard {
    static final ChineseLexicon INSTANCE =
        load(name -> ChineseLexicon.class.getResourceAsStream(name), KnowledgeBase.standard());
  }

  /** The lexicon of the data files shipped with this module, loaded on first use. */
  public static ChineseLexicon standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads the lexicon from data files found by name, checking each code, title and city against
   * {@code knowledge}.
   *
   * @throws KnowledgeDataException naming the file, the line and the reason
   */
  static ChineseLexicon load(Function<String, InputStream> open, KnowledgeBase knowledge) {
    Map<String, Entry> names = new HashMap<>();
    Map<Character, String> shortForms = new HashMap<>();
    for (KnowledgeFiles.Row row : rows(open, STATES, List.of("alpha3", "names", "short"))) {
      String code = row.cell(0);
      if (knowledge.state(code).isEmpty()) {
        throw row.error("unknown state code '" + code + "'");
      }
      for (String name : row.list(1)) {
        put(names, row, name, new StateName(code));
      }
      String shortForm = row.cell(2);
      if (shortForm.length() == 1) {
        shortForms.putIfAbsent(shortForm.charAt(0), code);
      }
    }
    for (KnowledgeFiles.Row row : rows(open, ORGANISATIONS, List.of("code", "names"))) {
      String code = row.cell(0);
      if (knowledge.organisation(code).isEmpty()) {
        throw row.error("unknown organisation code '" + code + "'");
      }
      for (String name : row.list(1)) {
        put(names, row, name, new OrganisationName(code));
      }
    }
    for (PostTitle post : KnowledgeFiles.posts(POSTS, reader(open, POSTS))) {
      names.put(post.surface(), new Title(post));
    }
    for (KnowledgeFiles.Row row : rows(open, CITIES, List.of("name", "city", "country"))) {
      Optional<Location> location = knowledge.cityLocation(row.cell(1));
      if (location.isEmpty() || !location.get().country().equals(row.cell(2))) {
        throw row.error("no city '" + row.cell(1) + "' in " + row.cell(2) + " in states.tsv");
      }
      put(names, row, row.cell(0), new CityName(location.get()));
    }
    return new ChineseLexicon(names, shortForms);
  }

  private static void put(
      Map<String, Entry> names, KnowledgeFiles.Row row, String name, Entry entry) {
    Entry before = names.putIfAbsent(name, entry);
    if (before != null && !before.equals(entry)) {
      throw row.error("'" + name + "' already stands for " + before);
    }
  }

  private static List<KnowledgeFiles.Row> rows(
      Function<String, InputStream> open, String file, List<String> columns) {
    return KnowledgeFiles.rows(file, reader(open, file), columns);
  }

  private static BufferedReader reader(Function<String, InputStream> open, String file) {
    InputStream in = open.apply(file);
    if (in == null) {
      throw new KnowledgeDataException(file, 0, "data file not found");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The entry a whole name stands for. */
  public Optional<Entry> entry(String name) {
    return Optional.ofNullable(names.get(name));
  }

  /** The state of a one-character short form ("俄" in "俄方"), if one is settled. */
  public Optional<String> stateOfShortForm(char shortForm) {
    return Optional.ofNullable(shortForms.get(shortForm));
  }

  /**
   * The names in a simplified text, left to right, the longest at each place, none overlapping.
   * Linear in the text's length (times the longest name).
   */
  public List<Match> find(CharSequence text) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Match match = null;
      for (int length = Math.min(longest, text.length() - i); length > 0; length--) {
        Entry entry = names.get(text.subSequence(i, i + length).toString());
        if (entry != null) {
          match = new Match(i, i + length, entry);
          break;
        }
      }
      if (match == null) {
        i++;
      } else {
        found.add(match);
        i = match.end();
      }
    }
    return List.copyOf(found);
  }
}
