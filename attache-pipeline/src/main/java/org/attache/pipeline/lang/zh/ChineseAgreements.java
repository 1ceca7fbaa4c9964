package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.ChineseLexicon;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.lang.zh.InstrumentMentions.How;
import org.attache.pipeline.lang.zh.InstrumentMentions.Mention;

/**
 * Agreements and plans told in Chinese, from the {@linkplain InstrumentMentions places a text names
 * them}. Parties are the states and organisations a title names ("中美", "中蒙" at its start are two
 * states by their one-character forms), else those of its sentence and of the people in it, else
 * those of the headline. An instrument signed or adopted takes the date its sentence gives before
 * it, else the document's first date, else the publication date; one that is only referred to is in
 * force. A kind's word without a title (签署谅解备忘录, 根据备忘录) is the instrument of that kind already
 * named under a title, not another one; the areas of the sentences that refer to an instrument so
 * are its areas too. 本《…》 is the document itself, already named when its headline is a title.
 */
final class ChineseAgreements {
  private ChineseAgreements() {}

  static List<Event> find(Reading reading, ActorTable actors, Optional<LocalDate> published) {
    List<Mention> mentions = new ArrayList<>(InstrumentMentions.find(reading));
    mentions.sort(Comparator.comparingInt(m -> rank(m.how())));
    Optional<String> documentDate =
        ChineseDates.first(reading.simplified(), published)
            .or(() -> published.map(LocalDate::toString));
    boolean headlineNames = mentions.stream().anyMatch(m -> headline(m) && m.how() != How.OWN);
    List<Agreement> agreements = new ArrayList<>();
    List<Event> plans = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention mention : mentions) {
      if (mention.how() == How.OWN && headlineNames) {
        continue;
      }
      if (mention.how() != How.COUNTED && !seen.add(key(mention.title()))) {
        continue;
      }
      Set<String> parties = parties(reading, actors, mention);
      if (parties.isEmpty()) {
        continue;
      }
      if (InstrumentWords.plan(mention.title())) {
        plans.add(ChinesePlans.plan(reading, mention, List.copyOf(parties), published));
        continue;
      }
      Instrument instrument = InstrumentWords.instrument(mention.title()).orElseThrow();
      if ((mention.how() == How.ITEM || mention.how() == How.BARE)
          && agreements.stream()
              .anyMatch(
                  a ->
                      a.instrument() == instrument
                          && a.parties().stream().anyMatch(parties::contains))) {
        continue;
      }
      for (int i = 0; i < mention.count(); i++) {
        agreements.add(
            agreement(reading, mention, i, instrument, parties, documentDate, published));
      }
    }
    List<Event> events = new ArrayList<>();
    for (Agreement agreement : agreements) {
      events.add(withReferringAreas(reading, agreement));
    }
    events.addAll(plans);
    return events;
  }

  /** Titled namings first, so that a kind's word alone finds the instrument it refers to. */
  private static int rank(How how) {
    return switch (how) {
      case QUOTED, LINE, OWN, YEAR -> 0;
      case COUNTED -> 1;
      case ITEM -> 2;
      case BARE -> 3;
    };
  }

  private static boolean headline(Mention mention) {
    return mention.sentence().index() == 0;
  }

  /** A title as compared with another: no spaces, one kind of dash and of brackets. */
  private static String key(String title) {
    return title
        .replaceAll("\\s+", "")
        .replaceAll("[—–-]+", "-")
        .replace('（', '(')
        .replace('）', ')')
        .toLowerCase(Locale.ROOT);
  }

  private static Agreement agreement(
      Reading reading,
      Mention mention,
      int copy,
      Instrument instrument,
      Set<String> parties,
      Optional<String> documentDate,
      Optional<LocalDate> published) {
    Sentence sentence = mention.sentence();
    String piece = reading.simplified().substring(sentence.span().start(), sentence.span().end());
    String before = piece.substring(0, Math.max(0, mention.start() - sentence.span().start()));
    boolean concluded =
        mention.how() == How.LINE
            || InstrumentMentions.VERBS.stream().anyMatch(piece::contains)
            || piece.contains("签字");
    Optional<String> signed =
        concluded
            ? ChineseDates.last(before, published)
                .or(() -> ChineseDates.first(piece, published))
                .or(() -> documentDate)
            : Optional.empty();
    List<Area> areas = new ArrayList<>(ChineseAreas.in(mention.title()));
    for (Area area : ChineseAreas.fields(piece)) {
      if (!areas.contains(area)) {
        areas.add(area);
      }
    }
    TreeMap<String, String> provenance = new TreeMap<>();
    provenance.put("instrument", "zh-" + mention.how().name().toLowerCase(Locale.ROOT));
    Optional<String> title =
        mention.how() == How.BARE || mention.how() == How.COUNTED
            ? Optional.empty()
            : Optional.of(reading.text().substring(mention.start(), mention.end()));
    return new Agreement(
        "zh-agreement-" + sentence.index() + "-" + mention.start() + "-" + copy,
        instrument,
        title,
        List.copyOf(parties),
        signed,
        Optional.empty(),
        areas,
        Optional.of(concluded ? AgreementStatus.SIGNED : AgreementStatus.IN_FORCE),
        Optional.empty(),
        List.of(sentence.span()),
        0.6,
        provenance);
  }

  /** The agreement with the areas of the later sentences that name its kind's word again. */
  private static Agreement withReferringAreas(Reading reading, Agreement agreement) {
    String word =
        InstrumentWords.kinds().stream()
            .filter(k -> k.instrument() == agreement.instrument())
            .map(k -> k.word().substring(Math.max(0, k.word().length() - 3)))
            .findFirst()
            .orElseThrow();
    List<Area> areas = new ArrayList<>(agreement.areas());
    for (Sentence sentence : reading.sentences()) {
      String piece = reading.simplified().substring(sentence.span().start(), sentence.span().end());
      if (sentence.span().start() > agreement.evidence().get(0).start() && piece.contains(word)) {
        for (Area area : ChineseAreas.fields(piece)) {
          if (!areas.contains(area)) {
            areas.add(area);
          }
        }
      }
    }
    return new Agreement(
        agreement.id(),
        agreement.instrument(),
        agreement.title(),
        agreement.parties(),
        agreement.signed(),
        agreement.place(),
        areas,
        agreement.status(),
        agreement.codes(),
        agreement.evidence(),
        agreement.confidence(),
        agreement.provenance());
  }

  private static Set<String> parties(Reading reading, ActorTable actors, Mention mention) {
    Set<String> parties = new LinkedHashSet<>();
    if (mention.how() != How.BARE) {
      parties.addAll(named(reading, actors, mention.start(), mention.end()));
      if (parties.isEmpty() && mention.how() == How.COUNTED && mention.start() >= 2) {
        parties.addAll(shortForms(reading, actors, mention.start() - 2));
      }
    }
    if (parties.isEmpty()) {
      parties.addAll(sentenceParties(actors, mention.sentence()));
    }
    if (parties.isEmpty() && !reading.sentences().isEmpty()) {
      Sentence headline = reading.sentences().get(0);
      parties.addAll(named(reading, actors, headline.span().start(), headline.span().end()));
    }
    return parties;
  }

  /** The states and organisations named between two offsets, or by short forms at the start. */
  static Set<String> named(Reading reading, ActorTable actors, int start, int end) {
    Set<String> parties = new LinkedHashSet<>();
    for (ChineseLexicon.Match match : reading.names()) {
      if (match.start() >= start && match.end() <= end) {
        if (match.entry() instanceof ChineseLexicon.StateName state) {
          actors.byCode(state.code()).ifPresent(a -> parties.add(a.id()));
        } else if (match.entry() instanceof ChineseLexicon.OrganisationName organisation) {
          actors.byCode(organisation.code()).ifPresent(a -> parties.add(a.id()));
        }
      }
    }
    if (parties.isEmpty() && end - start >= 2) {
      parties.addAll(shortForms(reading, actors, start));
    }
    return parties;
  }

  /** Two states by their one-character forms ("中美") at an offset, or none. */
  private static Set<String> shortForms(Reading reading, ActorTable actors, int at) {
    String text = reading.simplified();
    Set<String> parties = new LinkedHashSet<>();
    Optional<String> first = reading.lexicon().stateOfShortForm(text.charAt(at));
    Optional<String> second = reading.lexicon().stateOfShortForm(text.charAt(at + 1));
    if (first.isPresent() && second.isPresent() && !first.equals(second)) {
      actors.byCode(first.get()).ifPresent(a -> parties.add(a.id()));
      actors.byCode(second.get()).ifPresent(a -> parties.add(a.id()));
    }
    return parties;
  }

  /** The states and organisations of a sentence and those the people in it serve. */
  static Set<String> sentenceParties(ActorTable actors, Sentence sentence) {
    Set<String> parties = new LinkedHashSet<>();
    for (Reference reference : actors.referencesIn(sentence.index())) {
      if (actors.isPerson(reference.actor())) {
        actors
            .actor(reference.actor())
            .ifPresent(
                person -> {
                  for (Post post : person.posts()) {
                    post.of().ifPresent(parties::add);
                  }
                });
      } else {
        parties.add(reference.actor());
      }
    }
    return parties;
  }
}
