package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.model.Require;

/**
 * One document's annotations in the reduced form the evaluator scores (shared/gold/README.md), and
 * a prediction converted to the same form by {@link RecordReducer}.
 *
 * <p>States and organisations are named by their code, persons by their full name. A section that
 * is {@link Optional#empty()} is not scored for the document; an empty list means "none here".
 */
public record Gold(
    Optional<String> published,
    boolean diplomatic,
    Optional<List<Person>> people,
    Optional<List<Meeting>> meetings,
    Optional<List<Statement>> statements,
    Optional<List<Agreement>> agreements,
    Optional<List<Plan>> plans,
    Optional<List<Priorities>> priorities,
    Optional<List<Establishment>> establishments) {
  public Gold {
    requireNonNull(published, "published is null");
    people = copy(people, "people");
    meetings = copy(meetings, "meetings");
    statements = copy(statements, "statements");
    agreements = copy(agreements, "agreements");
    plans = copy(plans, "plans");
    priorities = copy(priorities, "priorities");
    establishments = copy(establishments, "establishments");
  }

  /** A document with no section given: nothing is scored until sections are added. */
  public static Gold of(Optional<String> published, boolean diplomatic) {
    return new Sections(published, diplomatic).gold();
  }

  public Gold withPeople(List<Person> value) {
    return with(copy -> copy.people = Optional.of(value));
  }

  public Gold withMeetings(List<Meeting> value) {
    return with(copy -> copy.meetings = Optional.of(value));
  }

  public Gold withStatements(List<Statement> value) {
    return with(copy -> copy.statements = Optional.of(value));
  }

  public Gold withAgreements(List<Agreement> value) {
    return with(copy -> copy.agreements = Optional.of(value));
  }

  public Gold withPlans(List<Plan> value) {
    return with(copy -> copy.plans = Optional.of(value));
  }

  public Gold withPriorities(List<Priorities> value) {
    return with(copy -> copy.priorities = Optional.of(value));
  }

  public Gold withEstablishments(List<Establishment> value) {
    return with(copy -> copy.establishments = Optional.of(value));
  }

  private Gold with(Consumer<Sections> change) {
    Sections copy = new Sections(this);
    change.accept(copy);
    return copy.gold();
  }

  /** A Gold's sections while one of them is replaced. */
  private static final class Sections {
    private final Optional<String> published;
    private final boolean diplomatic;
    private Optional<List<Person>> people = Optional.empty();
    private Optional<List<Meeting>> meetings = Optional.empty();
    private Optional<List<Statement>> statements = Optional.empty();
    private Optional<List<Agreement>> agreements = Optional.empty();
    private Optional<List<Plan>> plans = Optional.empty();
    private Optional<List<Priorities>> priorities = Optional.empty();
    private Optional<List<Establishment>> establishments = Optional.empty();

    /** No section given. */
    Sections(Optional<String> published, boolean diplomatic) {
      this.published = published;
      this.diplomatic = diplomatic;
    }

    Sections(Gold gold) {
      this(gold.published, gold.diplomatic);
      people = gold.people;
      meetings = gold.meetings;
      statements = gold.statements;
      agreements = gold.agreements;
      plans = gold.plans;
      priorities = gold.priorities;
      establishments = gold.establishments;
    }

    Gold gold() {
      return new Gold(
          published,
          diplomatic,
          people,
          meetings,
          statements,
          agreements,
          plans,
          priorities,
          establishments);
    }
  }

  /** Whether any meeting, statement, agreement, plan, priorities or establishment is listed. */
  public boolean reportsEvents() {
    return !(meetings.orElse(List.of()).isEmpty()
        && statements.orElse(List.of()).isEmpty()
        && agreements.orElse(List.of()).isEmpty()
        && plans.orElse(List.of()).isEmpty()
        && priorities.orElse(List.of()).isEmpty()
        && establishments.orElse(List.of()).isEmpty());
  }

  private static <T> Optional<List<T>> copy(Optional<List<T>> section, String name) {
    return requireNonNull(section, name + " is null").map(List::copyOf);
  }

  private static String show(Optional<String> value) {
    return value.orElse("?");
  }

  /** A post a person holds: its title, whom it serves ({@code of}), where it is accredited. */
  public record Post(Optional<String> title, Optional<String> of, Optional<String> to) {
    public Post {
      Require.nonNull("title, of, to", title, of, to);
    }

    public static Post of(String title, String of, String to) {
      return new Post(Optional.ofNullable(title), Optional.ofNullable(of), Optional.ofNullable(to));
    }

    String describe() {
      return show(title) + ", of " + show(of) + ", to " + to.orElse("-");
    }
  }

  /**
   * A named person with the posts they hold, the main one first.
   *
   * @param name the name as written; once read, the person's label: both spellings where the gold
   *     gives an English one ({@link #label()})
   * @param nameEn the English press spelling of a name written in another script, where given
   */
  public record Person(String name, Optional<String> nameEn, List<Post> posts) {
    public Person {
      requireNonNull(name, "name is null");
      requireNonNull(nameEn, "nameEn is null");
      posts = List.copyOf(posts);
    }

    public Person(String name, List<Post> posts) {
      this(name, Optional.empty(), posts);
    }

    /** The name, with the English spelling joined where one is known ({@link Names#label}). */
    public String label() {
      return Names.label(name, nameEn);
    }

    public static Person of(String name, String title, String of, String to) {
      return new Person(name, List.of(Post.of(title, of, to)));
    }

    String describe() {
      List<String> shown = new ArrayList<>();
      for (Post post : posts) {
        shown.add(post.describe());
      }
      return name + " (" + (shown.isEmpty() ? "no post" : String.join("; ", shown)) + ")";
    }
  }

  /**
   * A meeting: when and where, who took part (persons by name, other sides by code) and who hosted.
   */
  public record Meeting(
      Optional<String> date,
      Optional<String> city,
      Optional<String> country,
      Optional<String> format,
      List<String> participants,
      List<String> hosts) {
    public Meeting {
      Require.nonNull("date, city, country, format", date, city, country, format);
      participants = List.copyOf(participants);
      hosts = List.copyOf(hosts);
    }

    public static Meeting of(
        String date, String city, String country, List<String> participants, List<String> hosts) {
      return new Meeting(
          Optional.ofNullable(date),
          Optional.ofNullable(city),
          Optional.ofNullable(country),
          Optional.empty(),
          participants,
          hosts);
    }

    String describe() {
      return show(date)
          + " in "
          + show(city)
          + ", "
          + show(country)
          + ": "
          + String.join(", ", participants)
          + (hosts.isEmpty() ? "" : " (hosts " + String.join(", ", hosts) + ")");
    }
  }

  /** A speech act: who spoke and the accepted readings of its stance, the likeliest first. */
  public record Statement(String speaker, List<String> stances) {
    public Statement {
      requireNonNull(speaker, "speaker is null");
      stances = List.copyOf(stances);
      if (stances.isEmpty()) {
        throw new IllegalArgumentException("statement of '" + speaker + "' has no stance");
      }
    }

    public static Statement of(String speaker, String... stances) {
      return new Statement(speaker, List.of(stances));
    }

    String describe() {
      return speaker + ": " + String.join(" | ", stances);
    }
  }

  /** An instrument signed or negotiated: its kind, parties (codes), signing date and areas. */
  public record Agreement(
      String instrument, List<String> parties, Optional<String> signed, List<String> areas) {
    public Agreement {
      requireNonNull(instrument, "instrument is null");
      parties = List.copyOf(parties);
      requireNonNull(signed, "signed is null");
      areas = List.copyOf(areas);
    }

    public static Agreement of(
        String instrument, List<String> parties, String signed, List<String> areas) {
      return new Agreement(instrument, parties, Optional.ofNullable(signed), areas);
    }

    String describe() {
      return instrument
          + " of "
          + String.join(", ", parties)
          + " signed "
          + show(signed)
          + " on ["
          + String.join(", ", areas)
          + "]";
    }
  }

  /**
   * A joint plan: its parties, the period it covers, where it stands and the joint events it lists
   * ({@code items} empty where the gold does not give them: not scored).
   */
  public record Plan(
      List<String> parties,
      Optional<String> from,
      Optional<String> to,
      Optional<String> status,
      Optional<List<PlanItem>> items) {
    public Plan {
      parties = List.copyOf(parties);
      Require.nonNull("from, to, status", from, to, status);
      items = items.map(List::copyOf);
    }

    public static Plan of(List<String> parties, String from, String to, String status) {
      return new Plan(
          parties,
          Optional.ofNullable(from),
          Optional.ofNullable(to),
          Optional.ofNullable(status),
          Optional.empty());
    }

    /** The same plan listing these joint events. */
    public Plan withItems(List<PlanItem> value) {
      return new Plan(parties, from, to, status, Optional.of(value));
    }

    String describe() {
      return String.join(", ", parties)
          + " for "
          + show(from)
          + " to "
          + show(to)
          + ", "
          + show(status);
    }
  }

  /** One joint event a plan lists: its title, kind, planned period and where it stands. */
  public record PlanItem(
      String title,
      String kind,
      Optional<String> from,
      Optional<String> to,
      Optional<String> status) {
    public PlanItem {
      Require.nonNull("title, kind, from, to, status", title, kind, from, to, status);
    }

    public static PlanItem of(String title, String kind, String from, String to, String status) {
      return new PlanItem(
          title,
          kind,
          Optional.ofNullable(from),
          Optional.ofNullable(to),
          Optional.ofNullable(status));
    }

    String describe() {
      return kind + " '" + title + "' for " + show(from) + " to " + show(to) + ", " + show(status);
    }
  }

  /** The priorities an actor states, in a capacity, for a period. */
  public record Priorities(
      String actor, Optional<String> capacity, Optional<String> period, List<String> areas) {
    public Priorities {
      Require.nonNull("actor, capacity, period", actor, capacity, period);
      areas = List.copyOf(areas);
    }

    public static Priorities of(String actor, String capacity, String period, List<String> areas) {
      return new Priorities(
          actor, Optional.ofNullable(capacity), Optional.ofNullable(period), areas);
    }

    String describe() {
      return actor + " (" + show(capacity) + ") for " + show(period);
    }
  }

  /** The founding of an actor: when, by whom, on what occasion. */
  public record Establishment(
      String actor, Optional<String> date, List<String> founders, Optional<String> occasion) {
    public Establishment {
      requireNonNull(actor, "actor is null");
      requireNonNull(date, "date is null");
      founders = List.copyOf(founders);
      requireNonNull(occasion, "occasion is null");
    }

    public static Establishment of(
        String actor, String date, List<String> founders, String occasion) {
      return new Establishment(
          actor, Optional.ofNullable(date), founders, Optional.ofNullable(occasion));
    }

    String describe() {
      return actor + " founded " + show(date) + " by [" + String.join(", ", founders) + "]";
    }
  }
}
