package org.attache.pipeline.mentions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  /** Words of a state's institutions, written after its name: "the US Embassy". */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of("embassy", "ministry", "mission", "consulate", "office", "department", "government");

  /** Words that join the words of an office: "General Affairs and Coordination Division". */
  private static final Set<String> PORTFOLIO_JOINERS =
      Set.of("and", "&", ",", "of", "the", "(", ")", "'s", "’s");

  /** Words between the comma of an apposition and its title: ", the new ambassador". */
  private static final Set<String> APPOSITION_MODIFIERS =
      Set.of("the", "a", "an", "new", "newly", "appointed", "acting", "current", "incoming");

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

  private final NameWords words = new NameWords();

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
    List<Mention> people = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      people.addAll(names(sentence, known));
    }
    people.removeIf(
        person ->
            isKnownParty(person, known)
                || words.namesABody(person)
                || NameWords.inPhotoCredit(analysis.text(), person)
                || NameWords.namesAPlace(tokens, person));
    List<Mention> all = new ArrayList<>();
    for (Mention person : people) {
      mark(taken, person);
      all.add(person);
    }
    for (Mention mention : known) {
      if (free(taken, mention)) {
        mark(taken, mention);
        all.add(mention);
      }
    }
    for (Sentence sentence : text.sentences()) {
      List<Mention> found = namesAfterTitles(sentence, all, taken);
      found.addAll(namesBeforeTitles(sentence, all, taken));
      for (Mention name : found) {
        if (!words.namesABody(name)) {
          all.add(name);
        }
      }
    }
    all.addAll(echoes(text, all, taken));
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
   * Runs of PERSON tokens, cut where a knowledge-base title or organisation, a state named in two
   * words or more, a region or a headline's verb covers a token, and trimmed of honorifics; a style
   * right before a run ("Sheikh", "Lord") joins it. A state or city of one word inside a longer
   * name ("Jordan" in a surname) stays part of the name, but not a state right after "of" or "to"
   * ("Minister of Jordan Laila Haddad").
   */
  private List<Mention> names(Sentence sentence, List<Mention> known) {
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
  private static boolean inLongStateName(Token token, List<Mention> known) {
    for (Mention mention : known) {
      if (mention.kind() == MentionKind.STATE
          && mention.lastToken() > mention.firstToken()
          && mention.firstToken() <= token.index()
          && token.index() <= mention.lastToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean governedState(Sentence sentence, Token token, List<Mention> known) {
    for (Mention mention : known) {
      boolean place = mention.kind() == MentionKind.STATE || mention.kind() == MentionKind.CITY;
      if (place
          && mention.firstToken() <= token.index()
          && token.index() <= mention.lastToken()
          && mention.firstToken() > sentence.firstToken()) {
        String before = sentence.token(mention.firstToken() - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("of") || before.equals("to") || before.equals("in");
      }
    }
    return false;
  }

  /**
   * "Xi and his Russian counterpart": a word of a name of two words or more ("Xi Jinping"), written
   * alone elsewhere where the tagger did not mark it, is a name too: a proper noun, not opening its
   * sentence unless a verb follows.
   */
  private List<Mention> echoes(AnnotatedText text, List<Mention> all, boolean[] taken) {
    Set<String> nameWords = new HashSet<>();
    for (Mention mention : all) {
      if (mention.kind() == MentionKind.PERSON && mention.lastToken() > mention.firstToken()) {
        nameWords.add(text.tokens().get(mention.firstToken()).text());
        nameWords.add(text.tokens().get(mention.lastToken()).text());
      }
    }
    List<Mention> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      int first = sentence.firstToken();
      int end = first + sentence.tokens().size();
      for (int at = first; at < end; at++) {
        Token token = sentence.token(at);
        boolean verbNext = at + 1 < end && sentence.token(at + 1).isVerb();
        if (taken[at]
            || !nameWords.contains(token.text())
            || token.text().length() < 2
            || !token.isProperNoun()
            || words.honorific(token.text())
            || (at == first && !verbNext)
            || (at + 1 < end && looksLikeName(sentence.token(at + 1)))
            || (at > first && looksLikeName(sentence.token(at - 1)))) {
          continue;
        }
        List<Mention> one = new ArrayList<>();
        flush(new ArrayList<>(List.of(token)), one);
        for (Mention name : one) {
          mark(taken, name);
          found.add(name);
        }
      }
    }
    return found;
  }

  /** Capitalised words right after a title that the tagger did not mark: "Ambassador X Y". */
  private List<Mention> namesAfterTitles(Sentence sentence, List<Mention> all, boolean[] taken) {
    List<Mention> found = new ArrayList<>();
    int end = sentence.firstToken() + sentence.tokens().size();
    for (Mention title : all) {
      if (title.kind() != MentionKind.TITLE || !sentence.span().contains(title.span())) {
        continue;
      }
      int at = skipQualifiers(sentence, all, title.lastToken() + 1, end);
      if (at < 0) {
        at = afterPortfolio(sentence, all, title.lastToken() + 1, end);
      }
      if (at < 0) {
        continue;
      }
      while (at < end
          && (words.honorific(sentence.token(at).text())
              || words.style(sentence.token(at).text()))) {
        at++;
      }
      List<Token> run = new ArrayList<>();
      while (at < end
          && !taken[at]
          && looksLikeName(sentence.token(at))
          && !words.headlineVerb(sentence.token(at).text())) {
        run.add(sentence.token(at));
        at++;
      }
      if (run.size() == 1 && closesSentence(sentence, at, end)) {
        // "... in Saudi Arabia Martina Strong.": a capitalised word the tagger did not take for a
        // name, closing the sentence after one it did
        Token last = sentence.token(at);
        if (capitalised(last) && !words.headlineVerb(last.text()) && !taken[at]) {
          run.add(last);
          at++;
        }
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
   * Capitalised words before a title in apposition that the tagger did not mark: "with Tôn Thị Ngọc
   * Hương, the new ambassador of Vietnam". Two words or more, right before the comma.
   */
  private List<Mention> namesBeforeTitles(Sentence sentence, List<Mention> all, boolean[] taken) {
    List<Mention> found = new ArrayList<>();
    int start = sentence.firstToken();
    for (Mention title : all) {
      if (title.kind() != MentionKind.TITLE || !sentence.span().contains(title.span())) {
        continue;
      }
      int at = title.firstToken() - 1;
      while (at > start
          && APPOSITION_MODIFIERS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
        at--;
      }
      if (at <= start || !sentence.token(at).text().equals(",")) {
        continue;
      }
      List<Token> run = new ArrayList<>();
      int before = at - 1;
      while (before >= start
          && !taken[before]
          && looksLikeName(sentence.token(before))
          && !words.headlineVerb(sentence.token(before).text())) {
        run.add(0, sentence.token(before));
        before--;
      }
      boolean opens = before < start || !sentence.token(before).isProperNoun();
      if (run.size() >= 2 && opens) {
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
   * Where a name may start after a title's office ("Director of General Affairs and Coordination
   * Division of ACC Ms. Wang Lin"): after the state or organisation that ends it, or after the
   * honorific that closes it; -1 where neither does.
   */
  private int afterPortfolio(Sentence sentence, List<Mention> all, int from, int end) {
    int at = from;
    while (at < end
        && QUALIFIER_WORDS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
      at++;
    }
    for (int i = 0; at < end && i < 16; i++, at++) {
      Token token = sentence.token(at);
      String word = token.text().toLowerCase(Locale.ROOT);
      if (words.opensName(word)) {
        return at;
      }
      int next = at + 1;
      boolean partyNext =
          next < end && all.stream().anyMatch(m -> m.isParty() && m.firstToken() == next);
      if ((word.equals("of") || word.equals("for")) && partyNext) {
        return skipQualifiers(sentence, all, at, end);
      }
      int index = at;
      boolean mention =
          all.stream().anyMatch(m -> m.firstToken() <= index && index <= m.lastToken());
      boolean joiner = PORTFOLIO_JOINERS.contains(word);
      if (mention || !(capitalised(token) || joiner)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Skips what may stand between a title and its holder's name: "of Mongolia to the People's
   * Republic of China", "of the SCO". Returns -1 where the qualifiers end in a word that wants more
   * ("Minister for Latin America", "Director of General Affairs"): what follows is the office, not
   * a name.
   */
  private static int skipQualifiers(Sentence sentence, List<Mention> all, int from, int end) {
    int at = from;
    boolean dangling = false;
    while (at < end) {
      String word = sentence.token(at).text().toLowerCase(Locale.ROOT);
      if (QUALIFIER_WORDS.contains(word)) {
        dangling = true;
        at++;
        continue;
      }
      int token = at;
      Optional<Mention> party =
          all.stream().filter(m -> m.isParty() && m.firstToken() == token).findFirst();
      if (party.isEmpty()) {
        return dangling ? -1 : at;
      }
      dangling = false;
      at = party.get().lastToken() + 1;
      // "of the US Embassy in Saudi Arabia"
      while (at < end
          && INSTITUTION_WORDS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
        at++;
      }
    }
    return at;
  }

  /** Whether the token at {@code at} is the last word of the sentence, before its full stop. */
  private static boolean closesSentence(Sentence sentence, int at, int end) {
    return at + 1 < end
        && sentence.token(at + 1).text().equals(".")
        && (at + 2 == end || !Character.isLetter(sentence.token(at + 2).text().codePointAt(0)));
  }

  private static boolean looksLikeName(Token token) {
    String word = token.text();
    return token.isProperNoun()
        && !token.ner().equals("DATE")
        && !CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(word.codePointAt(0))
        && word.chars().anyMatch(Character::isLowerCase);
  }

  private void flush(List<Token> tokens, List<Mention> into) {
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
  }

  /** A "name" that is all one state or organisation ("Türkiye" tagged as a person). */
  private static boolean isKnownParty(Mention person, List<Mention> known) {
    for (Mention mention : known) {
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

  private static boolean coveredBy(Token token, List<Mention> known, Set<MentionKind> kinds) {
    for (Mention mention : known) {
      if (kinds.contains(mention.kind())
          && mention.firstToken() <= token.index()
          && token.index() <= mention.lastToken()) {
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
