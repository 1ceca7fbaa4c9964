package org.attache.pipeline.mentions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.knowledge.PostKind;
import org.attache.model.Span;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.Layer;
import org.attache.pipeline.Stage;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.nlp.AnnotatedText;
import org.attache.pipeline.nlp.Sentence;
import org.attache.pipeline.nlp.Token;

/**
 * Finds what the text names: states, demonyms, cities, organisations and post titles from the
 * knowledge base (one pass over the text), and people's names from the NER tags, trimmed of
 * honorifics and of title words the tagger took for names. Where a title is followed by capitalised
 * words the tagger missed ("Ambassador Djauhari Oratmangun"), those words are taken as a name.
 */
public final class FindMentions implements Stage {
  private final KnowledgeBase knowledge;
  private static final Set<String> QUALIFIER_WORDS = Set.of("of", "to", "the", "and", "for", "in");

  /** Months and days of the week: capitalised like names, and never part of one. */
  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private final Set<String> honorifics = WordLists.load("honorifics.txt");
  private final Set<String> notNameWords = WordLists.load("not-name-words.txt");

  public FindMentions(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.MENTIONS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    AnnotatedText text = analysis.annotatedText();
    List<Token> tokens = text.tokens();
    TokenAligner aligner = new TokenAligner(tokens);
    List<Mention> known = new ArrayList<>();
    for (PhraseMatch<Entity> match : knowledge.find(analysis.text())) {
      aligner
          .align(match.start(), match.end())
          .map(range -> toMention(match, range))
          .ifPresent(known::add);
    }
    boolean[] taken = new boolean[tokens.size()];
    Covering covering = new Covering(known, tokens.size());
    List<Mention> people = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      people.addAll(names(sentence, covering));
    }
    people.removeIf(person -> isKnownParty(person, covering) || namesABody(person));
    List<Mention> all = new ArrayList<>();
    for (Mention person : people) {
      mark(taken, person);
      all.add(person);
    }
    List<Mention> titles = new ArrayList<>();
    Map<Integer, Mention> partyStartingAt = new HashMap<>();
    for (Mention mention : known) {
      if (free(taken, mention)) {
        mark(taken, mention);
        all.add(mention);
        if (mention.kind() == MentionKind.TITLE) {
          titles.add(mention);
        }
        if (mention.isParty()) {
          partyStartingAt.putIfAbsent(mention.firstToken(), mention);
        }
      }
    }
    Mentions titlesBySentence = new Mentions(titles);
    for (Sentence sentence : text.sentences()) {
      for (Mention name :
          namesAfterTitles(sentence, titlesBySentence.in(sentence), partyStartingAt, taken)) {
        if (!namesABody(name)) {
          all.add(name);
        }
      }
    }
    return analysis.withMentions(new Mentions(all));
  }

  private static Mention toMention(PhraseMatch<Entity> match, int[] range) {
    Span span = new Span(match.start(), match.end());
    Entity entity = match.payload();
    if (entity instanceof Entity.StateName s) {
      return new Mention(
          MentionKind.STATE,
          span,
          range[0],
          range[1],
          s.state().code(),
          Optional.empty(),
          false,
          false,
          "kb.state");
    } else if (entity instanceof Entity.StateDemonym d) {
      return new Mention(
          MentionKind.DEMONYM,
          span,
          range[0],
          range[1],
          d.state().code(),
          Optional.empty(),
          false,
          false,
          "kb.demonym");
    } else if (entity instanceof Entity.CityName c) {
      return new Mention(
          MentionKind.CITY,
          span,
          range[0],
          range[1],
          c.city().name(),
          Optional.of(c.state().code()),
          false,
          false,
          "kb.city");
    } else if (entity instanceof Entity.OrganisationName o) {
      return new Mention(
          MentionKind.ORGANISATION,
          span,
          range[0],
          range[1],
          o.organisation().code(),
          Optional.empty(),
          false,
          false,
          "kb.organisation");
    } else if (entity instanceof Entity.Title t) {
      return new Mention(
          MentionKind.TITLE,
          span,
          range[0],
          range[1],
          t.post().title(),
          Optional.empty(),
          t.post().envoy(),
          national(t.post().kind()),
          "kb.title:" + t.post().surface());
    }
    throw new IllegalStateException("unknown entity " + entity);
  }

  /**
   * The knowledge-base mentions covering each token, in the order they were found: built once, so
   * that a token's mentions are not looked for among all the document's.
   */
  private static final class Covering {
    private final List<List<Mention>> byToken;

    Covering(List<Mention> known, int tokens) {
      byToken = new ArrayList<>(Collections.nCopies(tokens, List.<Mention>of()));
      for (Mention mention : known) {
        for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
          if (byToken.get(i).isEmpty()) {
            byToken.set(i, new ArrayList<>(2));
          }
          byToken.get(i).add(mention);
        }
      }
    }

    /** The mentions covering the token, in the order they were found. */
    List<Mention> at(int token) {
      return byToken.get(token);
    }
  }

  /**
   * Runs of PERSON tokens, cut where a knowledge-base title or organisation covers a token and
   * trimmed of honorifics. A state or city inside a longer name ("Jordan" in a surname) stays part
   * of the name, but not a state right after "of" or "to" ("Minister of Jordan Laila Haddad").
   */
  private List<Mention> names(Sentence sentence, Covering known) {
    List<Mention> names = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      boolean nameWord =
          token.isPerson()
              && !honorifics.contains(token.text().toLowerCase(Locale.ROOT))
              && !coveredBy(token, known, EnumSet.of(MentionKind.TITLE, MentionKind.ORGANISATION))
              && !governedState(sentence, token, known);
      if (nameWord) {
        run.add(token);
      } else {
        flush(run, names);
      }
    }
    flush(run, names);
    return names;
  }

  /** The first state covering the token decides, as the mentions were found. */
  private static boolean governedState(Sentence sentence, Token token, Covering known) {
    for (Mention mention : known.at(token.index())) {
      if (mention.kind() == MentionKind.STATE
          && mention.firstToken() <= token.index()
          && token.index() <= mention.lastToken()
          && mention.firstToken() > sentence.firstToken()) {
        String before = sentence.token(mention.firstToken() - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("of") || before.equals("to");
      }
    }
    return false;
  }

  /**
   * Capitalised words right after a title that the tagger did not mark: "Ambassador X Y".
   *
   * @param titles the sentence's titles, in order
   * @param partyStartingAt the first state, demonym or organisation mention starting at a token
   */
  private List<Mention> namesAfterTitles(
      Sentence sentence,
      List<Mention> titles,
      Map<Integer, Mention> partyStartingAt,
      boolean[] taken) {
    List<Mention> found = new ArrayList<>();
    int end = sentence.firstToken() + sentence.tokens().size();
    for (Mention title : titles) {
      int at = skipQualifiers(sentence, partyStartingAt, title.lastToken() + 1, end);
      while (at < end && honorifics.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
        at++;
      }
      List<Token> run = new ArrayList<>();
      while (at < end && !taken[at] && looksLikeName(sentence.token(at))) {
        run.add(sentence.token(at));
        at++;
      }
      if (run.size() >= 2 || (run.size() == 1 && at < end && sentence.token(at).isVerb())) {
        List<Mention> one = new ArrayList<>();
        flush(run, one);
        for (Mention name : one) {
          mark(taken, name);
          found.add(name);
        }
      }
    }
    return found;
  }

  /**
   * Skips what may stand between a title and its holder's name: "of Mongolia to the People's
   * Republic of China", "of the SCO".
   */
  private static int skipQualifiers(
      Sentence sentence, Map<Integer, Mention> partyStartingAt, int from, int end) {
    int at = from;
    while (at < end) {
      String word = sentence.token(at).text().toLowerCase(Locale.ROOT);
      if (QUALIFIER_WORDS.contains(word)) {
        at++;
        continue;
      }
      Mention party = partyStartingAt.get(at);
      if (party == null) {
        return at;
      }
      at = party.lastToken() + 1;
    }
    return at;
  }

  private static boolean looksLikeName(Token token) {
    String word = token.text();
    return token.isProperNoun()
        && !token.ner().equals("DATE")
        && !CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(word.codePointAt(0))
        && word.chars().anyMatch(Character::isLowerCase);
  }

  private static void flush(List<Token> run, List<Mention> into) {
    while (!run.isEmpty() && !capitalised(run.get(0))) {
      run.remove(0);
    }
    while (!run.isEmpty() && !capitalised(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    if (run.isEmpty()) {
      return;
    }
    Token first = run.get(0);
    Token last = run.get(run.size() - 1);
    StringBuilder name = new StringBuilder();
    for (Token token : run) {
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(token.text());
    }
    into.add(
        new Mention(
            MentionKind.PERSON,
            new Span(first.start(), last.end()),
            first.index(),
            last.index(),
            name.toString(),
            Optional.empty(),
            false,
            false,
            "ner.person"));
    run.clear();
  }

  /** A "name" with a word of bodies or places in it ("Communist Party", "Azernews"). */
  private boolean namesABody(Mention person) {
    for (String word : person.value().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (notNameWords.contains(word) || (word.length() > 4 && word.endsWith("news"))) {
        return true;
      }
    }
    return false;
  }

  /** A "name" that is all one state or organisation ("Türkiye" tagged as a person). */
  private static boolean isKnownParty(Mention person, Covering known) {
    // A mention that holds the whole name covers its first token.
    for (Mention mention : known.at(person.firstToken())) {
      if (mention.isParty()
          && mention.firstToken() <= person.firstToken()
          && person.lastToken() <= mention.lastToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean national(PostKind kind) {
    return kind == PostKind.HEAD_OF_STATE
        || kind == PostKind.HEAD_OF_GOVERNMENT
        || kind == PostKind.MINISTER;
  }

  private static boolean capitalised(Token token) {
    return Character.isUpperCase(token.text().codePointAt(0));
  }

  private static boolean coveredBy(Token token, Covering known, Set<MentionKind> kinds) {
    for (Mention mention : known.at(token.index())) {
      if (kinds.contains(mention.kind())) {
        return true;
      }
    }
    return false;
  }

  private static boolean free(boolean[] taken, Mention mention) {
    for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, Mention mention) {
    for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
      taken[i] = true;
    }
  }
}
