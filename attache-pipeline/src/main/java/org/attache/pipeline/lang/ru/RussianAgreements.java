package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.WordLists;

/**
 * Agreements and plans told in Russian: an instrument's noun ("меморандум", "соглашение",
 * "договор", "протокол", "декларация", "совместное заявление") or a plan's ("план", "программа",
 * "дорожная карта") in a sentence that tells it signed, adopted, in force or being carried out
 * ("подписали", "утвердили", "в рамках", "реализация"). Its parties are the states and
 * organisations the sentence names, and those the people it names serve; the same instrument
 * between the same parties is told once; its areas are those its title names ({@link
 * RussianAreas}); a plan's period is the sentence's years ("на 2025-2027 годы").
 */
public final class RussianAgreements extends DeclaredStage {
  private static final Map<String, Instrument> INSTRUMENTS =
      Map.of(
          "меморандум", Instrument.MEMORANDUM_OF_UNDERSTANDING,
          "соглашение", Instrument.AGREEMENT,
          "договор", Instrument.TREATY,
          "протокол", Instrument.PROTOCOL,
          "конвенция", Instrument.CONVENTION,
          "хартия", Instrument.CHARTER,
          "декларация", Instrument.DECLARATION);
  private static final Set<String> SIGNED =
      Set.of(
          "подписать",
          "подписание",
          "заключить",
          "подписанный",
          "принять",
          "утвердить",
          "одобрить",
          "ратифицировать",
          "сделать",
          "опубликовать");
  private static final Set<String> PLANS = Set.of("план", "программа");
  private static final Map<String, PlanStatus> PLAN_STATUS =
      WordLists.named("ru-plan-statuses.tsv", PlanStatus.class);

  public RussianAgreements() {
    super(
        "ru.agreements",
        Set.of(Layer.SENTENCES, Layer.ACTORS),
        Set.of(Layer.AGREEMENTS, Layer.PLANS));
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable table = analysis.actorTable();
    List<Event> found = new ArrayList<>();
    Set<String> told = new LinkedHashSet<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      List<RussianWord> words = RussianWord.of(sentence);
      List<String> parties = parties(table, sentence);
      if (parties.isEmpty()) {
        continue;
      }
      int at = instrument(words);
      Optional<Instrument> instrument =
          at < 0 ? Optional.empty() : Optional.of(kind(words, at).orElseThrow());
      boolean signed = words.stream().anyMatch(w -> w.isAny(SIGNED));
      Optional<String> date = RussianDates.day(words, analysis.document().published());
      if (instrument.isPresent()
          && signed
          && told.add(instrument.get() + "" + new java.util.TreeSet<>(parties))) {
        found.add(
            new Agreement(
                "ru-a" + (found.size() + 1),
                instrument.get(),
                Optional.empty(),
                parties,
                date.map(d -> d.substring(0, 7)),
                Optional.empty(),
                RussianAreas.of(words, at + 1, RussianAreas.titleEnd(words, at)),
                Optional.of(AgreementStatus.SIGNED),
                Optional.empty(),
                List.of(sentence.span()),
                0.5,
                new TreeMap<>()));
      }
      Optional<PlanStatus> status = planStatus(words);
      if (status.isPresent()
          && words.stream().anyMatch(w -> w.isAny(PLANS))
          && told.add("plan" + parties)) {
        Optional<int[]> years = RussianDates.years(words);
        found.add(
            new Plan(
                "ru-p" + (found.size() + 1),
                Optional.empty(),
                parties,
                Optional.empty(),
                new Period(
                    years.filter(y -> y[0] > 0).map(y -> Integer.toString(y[0])),
                    years.map(y -> Integer.toString(y[1]))),
                status,
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(sentence.span()),
                0.5,
                new TreeMap<>()));
      }
    }
    List<Event> agreements = found.stream().filter(Agreement.class::isInstance).toList();
    List<Event> plans = found.stream().filter(Plan.class::isInstance).toList();
    return analysis.withEvents(Layer.AGREEMENTS, agreements).withEvents(Layer.PLANS, plans);
  }

  /** The index of the first instrument's noun in the sentence, or -1. */
  private static int instrument(List<RussianWord> words) {
    for (int i = 0; i < words.size(); i++) {
      if (kind(words, i).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The kind of instrument the word at {@code i} names: "совместное заявление", a noun of {@link
   * #INSTRUMENTS}, or documents told signed together without their names ("подписан ряд
   * документов", "подписали документы": agreements).
   */
  private static Optional<Instrument> kind(List<RussianWord> words, int i) {
    RussianWord word = words.get(i);
    if (word.is("заявление") && i > 0 && words.get(i - 1).is("совместный")) {
      return Optional.of(Instrument.JOINT_STATEMENT);
    }
    for (Map.Entry<String, Instrument> entry : INSTRUMENTS.entrySet()) {
      if (word.keys().contains(entry.getKey())) {
        return Optional.of(entry.getValue());
      }
    }
    boolean several =
        word.lower().equals("документы")
            || word.is("документ")
                && i > 0
                && (words.get(i - 1).is("ряд") || words.get(i - 1).is("пакет"));
    return several ? Optional.of(Instrument.AGREEMENT) : Optional.empty();
  }

  private static Optional<PlanStatus> planStatus(List<RussianWord> words) {
    for (RussianWord word : words) {
      for (Map.Entry<String, PlanStatus> entry : PLAN_STATUS.entrySet()) {
        if (word.keys().contains(entry.getKey())) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** The states and organisations of a sentence, and those its people serve, as actor ids. */
  private static List<String> parties(ActorTable table, Sentence sentence) {
    Set<String> parties = new LinkedHashSet<>();
    for (Reference reference : table.referencesIn(sentence.index())) {
      if (table.isPerson(reference.actor())) {
        table
            .actor(reference.actor())
            .ifPresent(a -> a.posts().forEach(p -> p.of().ifPresent(parties::add)));
      } else {
        parties.add(reference.actor());
      }
    }
    return List.copyOf(parties);
  }
}
