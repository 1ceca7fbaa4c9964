package org.attache.pipeline.lang.zh;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.ChineseLexicon;
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

/**
 * The actors of a Chinese text: the states and organisations the knowledge base names, and the
 * people {@linkplain TitledNames named with a title}, each person once by name with the first post
 * the text gives. Every later use of a person's name is a mention of them, and so is the last part
 * of a foreign name ("萨布里" for "阿里·萨布里"), and a title alone that only one of them holds ("秘书长").
 */
final class ChineseActors extends DeclaredStage {
  static final String TITLED = "zh-titled-name";
  static final String NAMED = "zh-name";
  static final String TITLE_ALONE = "zh-title-alone";
  static final String KNOWN = "zh-knowledge-base";

  private final KnowledgeBase knowledge;
  private final ChineseLexicon lexicon;

  ChineseActors(KnowledgeBase knowledge, ChineseLexicon lexicon) {
    super("zh-actors", EnumSet.of(Layer.SENTENCES), EnumSet.of(Layer.ACTORS));
    this.knowledge = knowledge;
    this.lexicon = lexicon;
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Reading reading = new Reading(analysis.annotatedText(), lexicon);
    return analysis.withActors(table(reading));
  }

  ActorTable table(Reading reading) {
    Builder builder = new Builder(reading);
    for (TitledNames.Titled titled : TitledNames.find(reading)) {
      builder.person(titled);
    }
    for (ChineseLexicon.Match match : reading.names()) {
      builder.body(match);
    }
    builder.laterMentions();
    return new ActorTable(builder.actors(), builder.references);
  }

  private final class Builder {
    private final Reading reading;
    private final Map<String, String> codeIds = new LinkedHashMap<>();
    private final Map<String, String> personIds = new LinkedHashMap<>();
    private final Map<String, ActorDraft> drafts = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();

    Builder(Reading reading) {
      this.reading = reading;
    }

    void person(TitledNames.Titled titled) {
      String name = reading.text().substring(titled.name().start(), titled.name().end());
      String id = personIds.get(name);
      if (id == null) {
        id = "p" + (personIds.size() + 1);
        personIds.put(name, id);
        Optional<String> of = titled.of().map(this::bodyId);
        Optional<String> to = titled.to().map(this::bodyId);
        drafts.put(
            id,
            new ActorDraft(
                id,
                ActorKind.PERSON,
                name,
                Optional.empty(),
                new Post(titled.post().title(), of, to)));
      }
      refer(titled.name(), id, false, TITLED);
    }

    void body(ChineseLexicon.Match match) {
      Optional<String> code = Optional.empty();
      if (match.entry() instanceof ChineseLexicon.StateName state) {
        code = Optional.of(state.code());
      } else if (match.entry() instanceof ChineseLexicon.OrganisationName organisation) {
        code = Optional.of(organisation.code());
      }
      if (code.isPresent()) {
        boolean qualifier =
            reading
                .nameStartingAt(match.end())
                .map(m -> m.entry() instanceof ChineseLexicon.Title)
                .orElse(false);
        refer(new Span(match.start(), match.end()), bodyId(code.get()), qualifier, KNOWN);
      }
    }

    /** The id of the state or organisation with this code, made on first use. */
    String bodyId(String code) {
      return codeIds.computeIfAbsent(
          code,
          c -> {
            String id = "b" + (codeIds.size() + 1);
            boolean state = knowledge.state(c).isPresent();
            String name =
                state
                    ? knowledge.state(c).get().name()
                    : knowledge.organisation(c).map(o -> o.name()).orElse(c);
            drafts.put(
                id,
                new ActorDraft(
                    id,
                    state ? ActorKind.STATE : ActorKind.ORGANISATION,
                    name,
                    Optional.of(c),
                    null));
            return id;
          });
    }

    void laterMentions() {
      String text = reading.text();
      for (Map.Entry<String, String> person : personIds.entrySet()) {
        List<String> forms = new ArrayList<>(List.of(person.getKey()));
        String last = lastPart(person.getKey());
        if (!last.equals(person.getKey()) && last.length() >= 2) {
          forms.add(last);
        }
        for (String form : forms) {
          for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
            refer(new Span(at, at + form.length()), person.getValue(), false, NAMED);
          }
        }
      }
      Map<String, List<String>> holders = new LinkedHashMap<>();
      for (ActorDraft draft : drafts.values()) {
        if (draft.post() != null) {
          holders.computeIfAbsent(draft.post().title(), t -> new ArrayList<>()).add(draft.id());
        }
      }
      for (ChineseLexicon.Match match : reading.names()) {
        if (match.entry() instanceof ChineseLexicon.Title title) {
          List<String> ids = holders.getOrDefault(title.post().title(), List.of());
          Span span = new Span(match.start(), match.end());
          if (ids.size() == 1 && !covered(span)) {
            refer(span, ids.get(0), false, TITLE_ALONE);
          }
        }
      }
    }

    private boolean covered(Span span) {
      for (Reference reference : references) {
        if (reference.span().start() <= span.start() && reference.span().end() >= span.end()) {
          return true;
        }
        if (reference.span().end() == span.start() || reference.span().start() == span.end()) {
          if (reference.rule().equals(TITLED) || reference.rule().equals(NAMED)) {
            return true;
          }
        }
      }
      return false;
    }

    private void refer(Span span, String id, boolean qualifier, String rule) {
      for (Reference reference : references) {
        if (reference.span().equals(span)
            || reference.span().start() < span.end()
                && span.start() < reference.span().end()
                && !reference.actor().equals(id)
                && reference.span().length() >= span.length()) {
          return;
        }
      }
      int sentence = Math.max(0, reading.sentenceAt(span.start()));
      references.add(new Reference(span, sentence, 0, 0, id, qualifier, rule));
      drafts.get(id).mentions().add(span);
    }

    List<Actor> actors() {
      List<Actor> actors = new ArrayList<>();
      for (ActorDraft draft : drafts.values()) {
        actors.add(draft.actor());
      }
      return actors;
    }
  }

  /** The part of a foreign name after its last joining mark ("萨布里" of "阿里·萨布里"). */
  static String lastPart(String name) {
    for (int i = name.length() - 1; i > 0; i--) {
      if (NameCharacters.joins(name.charAt(i))) {
        return name.substring(i + 1);
      }
    }
    return name;
  }

  private record ActorDraft(
      String id,
      ActorKind kind,
      String name,
      Optional<String> code,
      Post post,
      List<Span> mentions) {
    ActorDraft(String id, ActorKind kind, String name, Optional<String> code, Post post) {
      this(id, kind, name, code, post, new ArrayList<>());
    }

    Actor actor() {
      List<Span> sorted = new ArrayList<>(mentions);
      sorted.sort(null);
      Optional<String> nameEn =
          kind == ActorKind.PERSON ? PinyinNames.english(name) : Optional.empty();
      return new Actor(
          id, kind, name, nameEn, code, post == null ? List.of() : List.of(post), sorted);
    }
  }
}
