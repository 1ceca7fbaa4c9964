package org.attache.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The knowledge base: states (with their national institutions, which stand for them),
 * organisations and post titles, read from the data files beside this class, with one-pass phrase
 * lookup over a text; and the lexicons of areas of cooperation and of stance words.
 *
 * <p>Immutable and safe to share between threads; {@link #standard()} loads it once per class
 * loader. Name lookups fold case, typographic apostrophes, hyphen variants and whitespace; code
 * lookups ignore case.
 */
public final class KnowledgeBase {
  private final List<State> states;
  private final List<Organisation> organisations;
  private final List<PostTitle> posts;
  private final AreaLexicon areas;
  private final StanceLexicon stances;
  private final Map<String, State> statesByCode = new HashMap<>();
  private final Map<String, State> statesByAlpha2 = new HashMap<>();
  private final Map<String, State> statesByName = new HashMap<>();
  private final Map<String, State> statesByDemonym = new HashMap<>();
  private final Map<String, Location> citiesByName = new HashMap<>();
  private final Map<String, Organisation> organisationsByCode = new HashMap<>();
  private final Map<String, Organisation> organisationsByName = new HashMap<>();
  private final Map<String, PostTitle> postsBySurface = new HashMap<>();

  /** Payloads are empty for the phrases that only hide the names inside them. */
  private final PhraseMatcher<Optional<Entity>> matcher;

  private KnowledgeBase(
      List<State> states,
      List<Organisation> organisations,
      List<PostTitle> posts,
      Map<String, State> institutions,
      Set<String> caseSensitive,
      List<String> nonEntities,
      AreaLexicon areas,
      StanceLexicon stances) {
    this.states = states;
    this.organisations = organisations;
    this.posts = posts;
    this.areas = areas;
    this.stances = stances;
    PhraseMatcher.Builder<Optional<Entity>> builder = PhraseMatcher.builder();
    for (String phrase : nonEntities) {
      builder.add(phrase, Optional.empty());
    }
    Map<String, Entity> phrases = new LinkedHashMap<>();
    for (State state : states) {
      statesByCode.put(state.code(), state);
      statesByAlpha2.put(state.alpha2(), state);
      for (String name : state.names()) {
        statesByName.put(Folding.key(name), state);
        phrases.putIfAbsent(name, new Entity.StateName(state));
      }
    }
    for (Organisation organisation : organisations) {
      organisationsByCode.put(organisation.code(), organisation);
      for (String name : organisation.names()) {
        organisationsByName.put(Folding.key(name), organisation);
        phrases.putIfAbsent(name, new Entity.OrganisationName(organisation));
      }
    }
    for (Map.Entry<String, State> institution : institutions.entrySet()) {
      phrases.putIfAbsent(institution.getKey(), new Entity.StateName(institution.getValue()));
    }
    for (State state : states) {
      for (String demonym : state.demonyms()) {
        statesByDemonym.put(Folding.key(demonym), state);
        phrases.putIfAbsent(demonym, new Entity.StateDemonym(state));
      }
    }
    for (State state : states) {
      for (City city : state.allCities()) {
        for (String name : city.names()) {
          citiesByName.put(Folding.key(name), new Location(city.name(), state.code()));
          phrases.putIfAbsent(name, new Entity.CityName(city, state));
        }
      }
    }
    for (PostTitle post : posts) {
      postsBySurface.put(Folding.key(post.surface()), post);
      phrases.putIfAbsent(post.surface(), new Entity.Title(post));
    }
    for (PostTitle post : posts) {
      phrases.putIfAbsent(TitlePlurals.plural(post.surface()), new Entity.Title(post));
    }
    for (Map.Entry<String, Entity> phrase : phrases.entrySet()) {
      String text = phrase.getKey();
      PhraseMatcher.CaseMatching caseMatching =
          caseSensitive.contains(Folding.key(text))
              ? PhraseMatcher.CaseMatching.SENSITIVE
              : PhraseMatcher.CaseMatching.of(text);
      builder.add(text, Optional.of(phrase.getValue()), caseMatching);
    }
    matcher = builder.build();
  }

  /**
   * The knowledge base of the data files shipped with this module, loaded on first use.
   *
   * @throws KnowledgeDataException if a data file is missing or malformed
   */
  public static KnowledgeBase standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a knowledge base from data files found by name ({@code states.tsv}, {@code
   * organisations.tsv}, {@code posts.tsv}, {@code case-sensitive.txt}, {@code non-entities.txt},
   * {@code areas.tsv}, {@code stance-words.tsv}).
   *
   * @param open opens a data file by name, or returns null if there is none
   * @throws KnowledgeDataException naming the file, the line and the reason when a file is missing
   *     or malformed
   */
  static KnowledgeBase load(Function<String, InputStream> open) {
    List<State> states = read(open, KnowledgeFiles.STATES, KnowledgeFiles::states);
    Map<String, State> byCode = new HashMap<>();
    for (State state : states) {
      byCode.put(state.code(), state);
    }
    List<Organisation> organisations =
        read(
            open,
            KnowledgeFiles.ORGANISATIONS,
            (file, reader) -> KnowledgeFiles.organisations(file, reader, byCode));
    List<PostTitle> posts = read(open, KnowledgeFiles.POSTS, KnowledgeFiles::posts);
    Map<String, State> institutions =
        read(
            open,
            KnowledgeFiles.INSTITUTIONS,
            (file, reader) -> KnowledgeFiles.institutions(file, reader, byCode));
    List<String> caseSensitive = read(open, KnowledgeFiles.CASE_SENSITIVE, KnowledgeFiles::phrases);
    List<String> nonEntities = read(open, KnowledgeFiles.NON_ENTITIES, KnowledgeFiles::phrases);
    AreaLexicon areas = AreaLexicon.load(open);
    StanceLexicon stances = StanceLexicon.load(open);
    List<String> keys = new ArrayList<>();
    for (String word : caseSensitive) {
      keys.add(Folding.key(word));
    }
    return new KnowledgeBase(
        states, organisations, posts, institutions, Set.copyOf(keys), nonEntities, areas, stances);
  }

  /** All states, in the order of the data file. */
  public List<State> states() {
    return states;
  }

  /** All organisations, in the order of the data file. */
  public List<Organisation> organisations() {
    return organisations;
  }

  /** All post titles, in the order of the data file. */
  public List<PostTitle> postTitles() {
    return posts;
  }

  /** The wording of the areas of cooperation, read with this knowledge base. */
  public AreaLexicon areas() {
    return areas;
  }

  /** The words of reported speech and their stances, read with this knowledge base. */
  public StanceLexicon stances() {
    return stances;
  }

  /** The state with this ISO 3166-1 alpha-3 code ("CHN"), in any case. */
  public Optional<State> state(String alpha3) {
    return byCode(statesByCode, alpha3, "alpha3");
  }

  /** The state with this ISO 3166-1 alpha-2 code ("CN"), in any case. */
  public Optional<State> stateByAlpha2(String alpha2) {
    return byCode(statesByAlpha2, alpha2, "alpha2");
  }

  /** The state with this name, official name or variant ("China", "PRC"); demonyms excluded. */
  public Optional<State> stateNamed(String name) {
    return byKey(statesByName, name, "name");
  }

  /** The state of this demonym or adjective ("Uzbekistani"). */
  public Optional<State> stateOfDemonym(String demonym) {
    return byKey(statesByDemonym, demonym, "demonym");
  }

  /** The organisation with this code ("SCO", "ACC"), in any case. */
  public Optional<Organisation> organisation(String code) {
    return byCode(organisationsByCode, code, "code");
  }

  /** The organisation with this name, variant or acronym ("ASEAN-China Centre", "SCO"). */
  public Optional<Organisation> organisationNamed(String name) {
    return byKey(organisationsByName, name, "name");
  }

  /** Where a city lies: its usual name and its state's code ("Nur-Sultan" gives Astana, KAZ). */
  public Optional<Location> cityLocation(String name) {
    return byKey(citiesByName, name, "name");
  }

  /**
   * Where an organisation sits, by its code: "SCO" gives Beijing, CHN, so that "the SCO
   * Secretariat" resolves to a city and a country.
   */
  public Optional<Location> seat(String organisationCode) {
    return organisation(organisationCode).flatMap(Organisation::seat);
  }

  /** The post title written this way ("Foreign Minister"). */
  public Optional<PostTitle> postTitle(String surface) {
    return byKey(postsBySurface, surface, "surface");
  }

  /**
   * Finds the states, demonyms, cities, organisations and post titles named in {@code text}, in one
   * pass: leftmost-longest, non-overlapping, aligned to words, with offsets into {@code text} (see
   * {@link PhraseMatcher}). "People's Republic of China" is found whole, as CHN, and "ASEAN-China
   * Centre" as ACC. Where one phrase names several things (Singapore the state and the city), the
   * state comes first, then organisations, demonyms, cities and post titles.
   */
  public List<PhraseMatch<Entity>> find(CharSequence text) {
    List<PhraseMatch<Entity>> found = new ArrayList<>();
    for (PhraseMatch<Optional<Entity>> match : matcher.find(text)) {
      match
          .payload()
          .ifPresent(entity -> found.add(new PhraseMatch<>(match.start(), match.end(), entity)));
    }
    return List.copyOf(found);
  }

  /** Reads one data file. */
  interface Parser<T> {
    T parse(String file, BufferedReader reader);
  }

  /**
   * Opens a data file by name and parses it.
   *
   * @throws KnowledgeDataException if there is no such file, or from the parser
   */
  static <T> T read(Function<String, InputStream> open, String file, Parser<T> parser) {
    InputStream in = open.apply(file);
    if (in == null) {
      throw new KnowledgeDataException(file, 0, "not found");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      return parser.parse(file, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + file, e);
    }
  }

  private static final class Standard {
    static final KnowledgeBase INSTANCE = load(KnowledgeBase.class::getResourceAsStream);
  }

  /** What {@code map} holds under the folded form of {@code name}; {@code what} names the value. */
  private static <T> Optional<T> byKey(Map<String, T> map, String name, String what) {
    requireNonNull(name, () -> what + " is null");
    return Optional.ofNullable(map.get(Folding.key(name)));
  }

  /** What {@code map} holds under the folded form of {@code code}; {@code what} names the value. */
  private static <T> Optional<T> byCode(Map<String, T> map, String code, String what) {
    requireNonNull(code, () -> what + " is null");
    return Optional.ofNullable(map.get(Folding.code(code)));
  }
}
