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
import org.attache.knowledge.PostTitle;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Mentions;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * Finds what the text names: states, demonyms, cities, organisations and post titles from the
 * knowledge base (one pass over the text), and people's names from the NER tags, trimmed of
 * honorifics and of title words the tagger took for names. The names the tagger missed beside a
 * title are read by {@link MissedNames}.
 */
public final class FindMentions extends DeclaredStage {
  private final KnowledgeBase knowledge;
  private final NameWords words = new NameWords();
  private final MissedNames missed = new MissedNames(words);

  public FindMentions(KnowledgeBase knowledge) {
    super("mentions", EnumSet.of(Layer.SENTENCES), EnumSet.of(Layer.MENTIONS));
    this.knowledge = knowledge;
  }

  @Override
  public Analysis apply(Analysis analysis) {
    AnnotatedText text = analysis.annotatedText();
    List<Token> tokens = text.tokens();
    TokenAligner aligner = new TokenAligner(tokens);
    List<Mention> known = new ArrayList<>();
    for (PhraseMatch<Entity> match : knowledge.find(analysis.text())) {
      if (match.payload() instanceof Entity.Title && hyphenatedOn(analysis.text(), match.end())) {
        // "Amir-Abdollahian": a title word that opens a hyphenated name
        continue;
      }
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
    people.removeIf(
        person ->
            isKnownParty(person, covering)
                || words.namesABody(person)
                || NameWords.inPhotoCredit(analysis.text(), person)
                || NameWords.namesAPlace(tokens, person));
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
      List<Mention> inSentence = titlesBySentence.in(sentence);
      List<Mention> found = missed.afterTitles(sentence, inSentence, partyStartingAt, taken);
      found.addAll(missed.beforeTitles(sentence, inSentence, taken));
      for (Mention name : found) {
        if (!words.namesABody(name)) {
          all.add(name);
        }
      }
    }
    all.addAll(missed.echoes(text, all, taken));
    return analysis.withMentions(new Mentions(all));
  }

  private static boolean hyphenatedOn(String text, int end) {
    return end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1));
  }

  private static Mention toMention(PhraseMatch<Entity> match, int[] range) {
    Span span = new Span(match.start(), match.end());
    Entity entity = match.payload();
    if (entity instanceof Entity.StateName s) {
      return Mention.of(MentionKind.STATE, span, range[0], range[1], s.state().code(), "kb.state");
    } else if (entity instanceof Entity.StateDemonym d) {
      return Mention.of(
          MentionKind.DEMONYM, span, range[0], range[1], d.state().code(), "kb.demonym");
    } else if (entity instanceof Entity.OrganisationName o) {
      String code = o.organisation().code();
      return Mention.of(
          MentionKind.ORGANISATION, span, range[0], range[1], code, "kb.organisation");
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
    } else if (entity instanceof Entity.Title t) {
      PostTitle post = t.post();
      return new Mention(
          MentionKind.TITLE,
          span,
          range[0],
          range[1],
          post.title(),
          Optional.empty(),
          post.envoy(),
          national(post.kind()),
          "kb.title:" + post.surface());
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
   * Runs of PERSON tokens, cut where a knowledge-base title or organisation, a state named in two
   * words or more, a region or a headline's verb covers a token, and trimmed of honorifics; a style
   * right before a run ("Sheikh", "Lord") joins it. A state or city of one word inside a longer
   * name ("Jordan" in a surname) stays part of the name, but not a state right after "of" or "to"
   * ("Minister of Jordan Laila Haddad").
   */
  private List<Mention> names(Sentence sentence, Covering known) {
    List<Mention> names = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    List<Token> styles = new ArrayList<>();
    boolean[] regions = words.regionTokens(sentence);
    for (Token token : sentence.tokens()) {
      boolean nameWord =
          token.isPerson()
              && !words.honorific(token.text())
              && !words.headlineVerb(token.text())
              && !regions[token.index() - sentence.firstToken()]
              && !coveredBy(token, known, EnumSet.of(MentionKind.TITLE, MentionKind.ORGANISATION))
              && !inLongStateName(token, known)
              && !governedState(sentence, token, known);
      if (nameWord) {
        if (run.isEmpty()) {
          run.addAll(styles);
        }
        run.add(token);
        styles.clear();
      } else {
        flush(run, names);
        boolean style = words.style(token.text()) && capitalised(token);
        if (!style) {
          styles.clear();
        } else if (!token.isPerson()) {
          styles.add(token);
        }
      }
    }
    flush(run, names);
    return names;
  }

  /** A token of a state named in two words or more ("Việt Nam", "State Great Khural"). */
  private static boolean inLongStateName(Token token, Covering known) {
    for (Mention mention : known.at(token.index())) {
      if (mention.kind() == MentionKind.STATE && mention.lastToken() > mention.firstToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token is part of a state or city named right after "of", "to" or "in" (and an
   * article): the first state or city covering the token decides, as the mentions were found.
   */
  private static boolean governedState(Sentence sentence, Token token, Covering known) {
    for (Mention mention : known.at(token.index())) {
      boolean place = mention.kind() == MentionKind.STATE || mention.kind() == MentionKind.CITY;
      if (place && mention.firstToken() > sentence.firstToken()) {
        int at = mention.firstToken() - 1;
        String before = sentence.token(at).text().toLowerCase(Locale.ROOT);
        if (before.equals("the") && at > sentence.firstToken()) {
          // "Speaker of the Knesset Yael Cohen"
          before = sentence.token(at - 1).text().toLowerCase(Locale.ROOT);
        }
        return before.equals("of") || before.equals("to") || before.equals("in");
      }
    }
    return false;
  }

  static void flush(List<Token> tokens, List<Mention> into) {
    if (tokens.isEmpty()) {
      return;
    }
    List<Token> run = new ArrayList<>(tokens);
    tokens.clear();
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
        Mention.of(
            MentionKind.PERSON,
            new Span(first.start(), last.end()),
            first.index(),
            last.index(),
            name.toString(),
            "ner.person"));
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

  static boolean capitalised(Token token) {
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

  static void mark(boolean[] taken, Mention mention) {
    for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
      taken[i] = true;
    }
  }
}
