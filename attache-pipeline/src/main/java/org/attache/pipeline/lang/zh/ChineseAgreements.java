package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.knowledge.ChineseLexicon;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * Agreements and plans told in Chinese. An instrument is a title between 《》 whose last word says
 * its kind (谅解备忘录, 联合声明, 宣言, 条约, 宪章, 协定; 行动计划, 规划, 路线图 are plans), or, in a sentence that tells of
 * signing (签署, 签订), such a word alone. Its parties are the states and organisations its title
 * names, else those of the sentence and of the people in it who sign; "中美", "中蒙" at a title's start
 * are two states by their one-character forms. An instrument signed in the sentence takes the
 * sentence's date; a plan's period is read from its title ("(2021-2025)").
 */
final class ChineseAgreements {
  private record Kind(String word, Instrument instrument) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("谅解备忘录", Instrument.MEMORANDUM_OF_UNDERSTANDING),
          new Kind("备忘录", Instrument.MEMORANDUM_OF_UNDERSTANDING),
          new Kind("联合声明", Instrument.JOINT_STATEMENT),
          new Kind("联合公报", Instrument.JOINT_STATEMENT),
          new Kind("宣言", Instrument.DECLARATION),
          new Kind("条约", Instrument.TREATY),
          new Kind("宪章", Instrument.CHARTER),
          new Kind("议定书", Instrument.PROTOCOL),
          new Kind("公约", Instrument.CONVENTION),
          new Kind("协定", Instrument.AGREEMENT),
          new Kind("协议", Instrument.AGREEMENT));

  private static final List<String> PLAN_WORDS = List.of("行动计划", "合作规划", "工作计划", "路线图", "规划", "计划");

  private static final Pattern QUOTED = Pattern.compile("《([^》]{2,80})》");
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-—–至到]\\s*(\\d{4})");

  private ChineseAgreements() {}

  static List<Event> find(Reading reading, ActorTable actors, Optional<LocalDate> published) {
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String text = reading.simplified();
    for (Sentence sentence : reading.sentences()) {
      String piece = text.substring(sentence.span().start(), sentence.span().end());
      boolean signing = piece.contains("签署") || piece.contains("签订") || piece.contains("签字");
      Matcher matcher = QUOTED.matcher(piece);
      boolean quoted = false;
      while (matcher.find()) {
        quoted = true;
        String title = matcher.group(1);
        int start = sentence.span().start() + matcher.start(1);
        if (!seen.add(title)) {
          continue;
        }
        instrument(reading, actors, sentence, title, start, signing, published)
            .ifPresent(events::add);
      }
      if (!quoted && signing) {
        for (Kind kind : KINDS) {
          if (piece.contains(kind.word()) && seen.add(kind.word() + sentence.index())) {
            Set<String> parties = sentenceParties(actors, sentence);
            if (parties.size() >= 1) {
              events.add(
                  agreement(
                      reading,
                      kind.instrument(),
                      Optional.empty(),
                      parties,
                      sentence,
                      signing,
                      published));
            }
            break;
          }
        }
      }
    }
    return events;
  }

  private static Optional<Event> instrument(
      Reading reading,
      ActorTable actors,
      Sentence sentence,
      String title,
      int start,
      boolean signing,
      Optional<LocalDate> published) {
    Set<String> parties = titleParties(reading, actors, start, start + title.length());
    if (parties.isEmpty()) {
      parties = sentenceParties(actors, sentence);
    }
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    String written = reading.text().substring(start, start + title.length());
    for (String word : PLAN_WORDS) {
      if (title.contains(word) && !endsWithInstrument(title)) {
        return Optional.of(plan(written, title, parties, sentence));
      }
    }
    for (Kind kind : KINDS) {
      if (title.endsWith(kind.word())) {
        return Optional.of(
            agreement(
                reading,
                kind.instrument(),
                Optional.of(written),
                parties,
                sentence,
                signing,
                published));
      }
    }
    return Optional.empty();
  }

  private static boolean endsWithInstrument(String title) {
    return KINDS.stream().anyMatch(k -> title.endsWith(k.word()));
  }

  private static Agreement agreement(
      Reading reading,
      Instrument instrument,
      Optional<String> title,
      Set<String> parties,
      Sentence sentence,
      boolean signing,
      Optional<LocalDate> published) {
    String piece = reading.simplified().substring(sentence.span().start(), sentence.span().end());
    Optional<String> signed =
        signing
            ? ChineseDates.first(piece, published).or(() -> published.map(LocalDate::toString))
            : Optional.empty();
    TreeMap<String, String> provenance = new TreeMap<>();
    provenance.put("instrument", title.isPresent() ? "zh-quoted-title" : "zh-signed-word");
    return new Agreement(
        "zh-agreement-" + sentence.index() + "-" + title.orElse(instrument.code()),
        instrument,
        title,
        List.copyOf(parties),
        signed,
        Optional.empty(),
        List.of(),
        Optional.of(signing ? AgreementStatus.SIGNED : AgreementStatus.IN_FORCE),
        Optional.empty(),
        List.of(sentence.span()),
        0.6,
        provenance);
  }

  private static Plan plan(String written, String title, Set<String> parties, Sentence sentence) {
    Matcher period = PERIOD.matcher(title);
    Period span =
        period.find() ? Period.of(period.group(1), period.group(2)) : Period.of(null, null);
    TreeMap<String, String> provenance = new TreeMap<>();
    provenance.put("title", "zh-quoted-title");
    return new Plan(
        "zh-plan-" + sentence.index() + "-" + title,
        Optional.empty(),
        List.copyOf(parties),
        Optional.empty(),
        span,
        Optional.of(PlanStatus.IN_PROGRESS),
        Optional.of(written),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(sentence.span()),
        0.5,
        provenance);
  }

  /** The states and organisations a title names, by name or by one-character forms at its start. */
  private static Set<String> titleParties(Reading reading, ActorTable actors, int start, int end) {
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
    String text = reading.simplified();
    if (parties.isEmpty() && end - start >= 2) {
      Optional<String> first = reading.lexicon().stateOfShortForm(text.charAt(start));
      Optional<String> second = reading.lexicon().stateOfShortForm(text.charAt(start + 1));
      if (first.isPresent() && second.isPresent() && !first.equals(second)) {
        actors.byCode(first.get()).ifPresent(a -> parties.add(a.id()));
        actors.byCode(second.get()).ifPresent(a -> parties.add(a.id()));
      }
    }
    return parties;
  }

  /** The states and organisations of a sentence and those the people in it serve. */
  private static Set<String> sentenceParties(ActorTable actors, Sentence sentence) {
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
