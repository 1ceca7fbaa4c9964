package org.attache.pipeline.lang.ru;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * The actors of a Russian text: states and organisations by their Russian names, and people with
 * their names in the nominative, the English spelling of those names ({@link Transliteration}) and
 * their posts ({@link RussianPosts}). A later mention of a person by surname ("Ермекбаев отметил",
 * "С. Зася") or by their post alone ("Посол проинформировал") refers to them.
 */
public final class RussianActors extends DeclaredStage {
  /** The rule of a reference by name, post or surname. */
  public static final String NAMED = "ru.named";

  private final KnowledgeBase knowledge;
  private final RussianLexicon lexicon;

  public RussianActors(KnowledgeBase knowledge, RussianLexicon lexicon) {
    super("ru.actors", Set.of(Layer.SENTENCES), Set.of(Layer.ACTORS));
    this.knowledge = requireNonNull(knowledge, "knowledge is null");
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  /** A person as the document names them, while the document is read. */
  private static final class Person {
    final String id;
    String name;
    final List<Post> posts = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();

    Person(String id, String name) {
      this.id = id;
      this.name = name;
    }

    String surname() {
      String[] parts = name.split("[ .]+");
      return parts[parts.length - 1];
    }
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Map<String, Actor> bodies = new LinkedHashMap<>();
    Map<String, List<Span>> bodyMentions = new LinkedHashMap<>();
    List<Person> people = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    int[] next = {1};
    List<String> recent = new ArrayList<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      List<RussianWord> words = RussianWord.of(sentence);
      List<Found> found = SentenceNames.find(words, lexicon);
      Map<Integer, String> sides = RussianSides.of(found, words);
      Optional<Post> speaking = Optional.empty();
      for (int f = 0; f < found.size(); f++) {
        Found item = found.get(f);
        if (item.isActor()) {
          if (knowledge.state(item.key()).isPresent()) {
            recent.remove(item.key());
            recent.add(item.key());
          }
          String id = body(item.key(), bodies, next);
          bodyMentions.computeIfAbsent(id, k -> new ArrayList<>()).add(item.span());
          references.add(reference(item, sentence, id));
        } else if (item.kind().equals("name")) {
          Optional<Person> person = person(item, people);
          if (person.isEmpty() && item.last() == item.first()) {
            continue;
          }
          Person p =
              person.orElseGet(
                  () -> {
                    Person created = new Person("p" + (people.size() + 1), item.key());
                    people.add(created);
                    return created;
                  });
          if (item.key().length() > p.name.length() && item.key().endsWith(p.surname())) {
            p.name = item.key();
          }
          p.mentions.add(item.span());
          references.add(reference(item, sentence, p.id));
          List<Post> posts = new ArrayList<>(RussianPosts.of(found, f, words, recent));
          Optional<String> colleague = RussianSides.colleague(found, f, words);
          if (posts.isEmpty() && colleague.isPresent() && speaking.isPresent()) {
            posts.add(new Post(speaking.get().title(), colleague, Optional.empty()));
          }
          Optional<String> side = Optional.ofNullable(sides.get(f));
          for (Post post : posts) {
            Optional<String> of = post.of().or(() -> side);
            add(p, new Post(post.title(), of, post.to()), bodies, next);
          }
          if (speaking.isEmpty() && !p.posts.isEmpty()) {
            speaking = Optional.of(p.posts.get(0));
          }
        } else if (item.kind().equals("post") && !RussianPosts.namesSomeone(found, f)) {
          Optional<Person> holder = holder(item.key(), people);
          if (holder.isPresent()) {
            Person p = holder.get();
            p.mentions.add(item.span());
            references.add(reference(item, sentence, p.id));
            int end = f + 1;
            while (end < found.size()
                && found.get(end).isActor()
                && found.get(end).first() <= found.get(end - 1).last() + 2) {
              end++;
            }
            Post told = RussianPosts.post(found, f, f + 1, end, words);
            boolean untold =
                p.posts.stream().anyMatch(q -> q.title().equals(told.title()) && q.of().isEmpty());
            if (told.of().isPresent() && untold) {
              add(p, told, bodies, next);
            }
          }
        }
      }
    }
    List<Actor> actors = new ArrayList<>();
    for (Person p : people) {
      actors.add(
          new Actor(
              p.id,
              ActorKind.PERSON,
              p.name,
              Optional.of(Transliteration.english(p.name)),
              Optional.empty(),
              p.posts,
              p.mentions));
    }
    for (Actor body : bodies.values()) {
      actors.add(
          new Actor(
              body.id(),
              body.kind(),
              body.name(),
              body.code(),
              List.of(),
              bodyMentions.getOrDefault(body.id(), List.of())));
    }
    return analysis.withActors(new ActorTable(actors, references));
  }

  /**
   * Gives a person a post (codes in {@code of} and {@code to}), unless they have it: a post that
   * says whom it serves takes the place of the same title told without.
   */
  private void add(Person p, Post post, Map<String, Actor> bodies, int[] next) {
    Post resolved =
        new Post(
            post.title(),
            post.of().map(code -> body(code, bodies, next)),
            post.to().map(code -> body(code, bodies, next)));
    for (int i = 0; i < p.posts.size(); i++) {
      Post known = p.posts.get(i);
      if (known.title().equals(resolved.title()) && known.of().isEmpty()) {
        p.posts.set(i, new Post(known.title(), resolved.of(), known.to().or(resolved::to)));
        return;
      }
    }
    if (!p.posts.contains(resolved)) {
      p.posts.add(resolved);
    }
  }

  private String body(String code, Map<String, Actor> bodies, int[] next) {
    Actor known = bodies.get(code);
    if (known != null) {
      return known.id();
    }
    String id = "o" + next[0]++;
    Optional<String> stateName = knowledge.state(code).map(s -> s.name());
    ActorKind kind = stateName.isPresent() ? ActorKind.STATE : ActorKind.ORGANISATION;
    String name =
        stateName.orElseGet(() -> knowledge.organisation(code).map(o -> o.name()).orElse(code));
    bodies.put(code, new Actor(id, kind, name, Optional.of(code), List.of(), List.of()));
    return id;
  }

  /**
   * The person a name refers to: the one of the same surname whose first names agree (equal, or one
   * the initial of the other).
   */
  private static Optional<Person> person(Found item, List<Person> people) {
    String[] parts = item.key().split("[ .]+");
    String surname = parts[parts.length - 1];
    for (Person p : people) {
      if (!sameSurname(p.surname(), surname)) {
        continue;
      }
      String[] known = p.name.split("[ .]+");
      if (parts.length == 1 || known.length == 1 || compatible(known[0], parts[0])) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static boolean sameSurname(String known, String found) {
    if (known.equals(found)) {
      return true;
    }
    // The stem less a last vowel or soft sign: "Зася" and "Засю" are forms of Зась.
    boolean soft = "ьйаяо".indexOf(known.charAt(known.length() - 1)) >= 0;
    String stem =
        known.length() > 4 || soft && known.length() >= 4
            ? known.substring(0, known.length() - 1)
            : known;
    return found.startsWith(stem) && found.length() - known.length() <= 3;
  }

  private static boolean compatible(String a, String b) {
    return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
  }

  /** The latest person holding a post of this title. */
  private static Optional<Person> holder(String title, List<Person> people) {
    for (int i = people.size() - 1; i >= 0; i--) {
      for (Post post : people.get(i).posts) {
        if (post.title().equals(title)) {
          return Optional.of(people.get(i));
        }
      }
    }
    return Optional.empty();
  }

  private static Reference reference(Found item, Sentence sentence, String actor) {
    return new Reference(
        item.span(),
        sentence.index(),
        sentence.firstToken() + item.first(),
        sentence.firstToken() + item.last(),
        actor,
        false,
        NAMED);
  }
}
