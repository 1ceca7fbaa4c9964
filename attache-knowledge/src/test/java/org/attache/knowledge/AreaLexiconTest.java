package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.model.Area.ARMS_TRAFFICKING;
import static org.attache.model.Area.BORDER_SECURITY;
import static org.attache.model.Area.COMMUNICATIONS;
import static org.attache.model.Area.CYBERSECURITY;
import static org.attache.model.Area.DEFENCE;
import static org.attache.model.Area.DIGITAL_ECONOMY;
import static org.attache.model.Area.DRUG_TRAFFICKING;
import static org.attache.model.Area.ENERGY;
import static org.attache.model.Area.ENVIRONMENT;
import static org.attache.model.Area.HEALTH;
import static org.attache.model.Area.INVESTMENT;
import static org.attache.model.Area.MONEY_LAUNDERING;
import static org.attache.model.Area.NATURAL_RESOURCES;
import static org.attache.model.Area.POLITICAL_DIALOGUE;
import static org.attache.model.Area.SOCIAL_DEVELOPMENT;
import static org.attache.model.Area.SPORT;
import static org.attache.model.Area.TERRORISM;
import static org.attache.model.Area.TOURISM;
import static org.attache.model.Area.TRADE;
import static org.attache.model.Area.TRANSNATIONAL_CRIME;
import static org.attache.model.Area.TRANSPORT;
import static org.attache.model.Area.WATER;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.attache.model.Area;
import org.junit.jupiter.api.Test;

class AreaLexiconTest {
  private static final AreaLexicon AREAS = AreaLexicon.standard();
  private static final String HEAD = "# source: test\nphrases\tareas\tuse\tnote\n";

  private static AreaLexicon parse(String text) {
    return AreaLexicon.parse("areas.tsv", new BufferedReader(new StringReader(text)));
  }

  private static List<String> found(AreaLexicon lexicon, String text) {
    List<String> found = new ArrayList<>();
    for (AreaMatch match : lexicon.find(text)) {
      found.add(
          match.start()
              + "-"
              + match.end()
              + " "
              + match.text(text)
              + " "
              + match.areas()
              + (match.counted() ? "" : " (not counted)"));
    }
    return found;
  }

  @Test
  void reachesEveryAreaFromAStrongPhrase() {
    EnumSet<Area> reached = EnumSet.noneOf(Area.class);
    for (AreaPhrase phrase : AREAS.phrases()) {
      if (phrase.use() == AreaUse.STRONG) {
        reached.addAll(AREAS.areasIn(phrase.phrase()));
      }
    }
    assertThat(reached).containsExactlyElementsOf(EnumSet.allOf(Area.class));
  }

  @Test
  void readsTheAreasOfACooperationMemorandum() {
    String text =
        "The two secretariats agreed to work together against trans-border crime, including"
            + " terrorism, illegal drug trafficking, arms contraband and money laundering"
            + " operations, as well as on economic cooperation, such as tourism, environmental"
            + " protection, management of natural resources and social development.";

    assertThat(AREAS.areasIn(text))
        .containsExactly(
            TERRORISM,
            DRUG_TRAFFICKING,
            ARMS_TRAFFICKING,
            MONEY_LAUNDERING,
            TRANSNATIONAL_CRIME,
            TOURISM,
            ENVIRONMENT,
            NATURAL_RESOURCES,
            SOCIAL_DEVELOPMENT);
  }

  @Test
  void readsAListOfEconomicSectors() {
    assertThat(AREAS.areasIn("digitalisation, communications, e-commerce, transport and tourism"))
        .containsExactly(DIGITAL_ECONOMY, COMMUNICATIONS, TRANSPORT, TOURISM);
  }

  @Test
  void reportsEachWordingWithItsOffsetsAndAreas() {
    assertThat(found(AREAS, "Cooperation in e-commerce and cultural-humanitarian ties"))
        .containsExactly(
            "15-25 e-commerce [DIGITAL_ECONOMY]",
            "30-51 cultural-humanitarian [CULTURE, HUMANITARIAN]");
  }

  @Test
  void readsInflectionsAndBothSpellings() {
    assertThat(AREAS.areasIn("joint work against terrorists, drug traffickers and organized crime"))
        .containsExactly(TERRORISM, DRUG_TRAFFICKING, TRANSNATIONAL_CRIME);
    assertThat(AREAS.areasIn("organised crime")).containsExactly(TRANSNATIONAL_CRIME);
    assertThat(AREAS.areasIn("Defense cooperation")).containsExactly(DEFENCE);
    assertThat(AREAS.areasIn("defence")).containsExactly(DEFENCE);
    assertThat(AREAS.areasIn("the DIGITALIZATION of customs")).contains(DIGITAL_ECONOMY);
    assertThat(AREAS.areasIn("mutual investments")).containsExactly(INVESTMENT);
  }

  @Test
  void takesTheLongestWordingFirst() {
    assertThat(AREAS.areasIn("to strengthen energy security")).containsExactly(ENERGY);
    assertThat(AREAS.areasIn("to restore the tourism industry")).containsExactly(TOURISM);
    assertThat(AREAS.areasIn("strengthening information security")).containsExactly(CYBERSECURITY);
    assertThat(AREAS.areasIn("physical culture")).containsExactly(SPORT);
    assertThat(AREAS.areasIn("protection of the state border")).containsExactly(BORDER_SECURITY);
  }

  @Test
  void namesNoAreaForEconomyOrSecurityAlone() {
    assertThat(AREAS.areasIn("economic cooperation and regional security")).isEmpty();
  }

  @Test
  void countsAWeakWordingOnlyWhereAreasAreListed() {
    assertThat(found(AREAS, "Crews used two water tenders."))
        .containsExactly("15-20 water [WATER] (not counted)");
    assertThat(AREAS.areasIn("Crews used two water tenders.")).isEmpty();
    assertThat(AREAS.areasIn("They discussed cooperation in energy and water."))
        .containsExactly(ENERGY, WATER);
    assertThat(AREAS.areasIn("Main areas: politics, security, economics and trade."))
        .containsExactly(TRADE, POLITICAL_DIALOGUE);
  }

  @Test
  void looksForTheCueInTheSameSentenceOnly() {
    assertThat(AREAS.areasIn("The water was cold. Cooperation grew.")).isEmpty();
    assertThat(AREAS.areasIn("The water was cold\n\ncooperation grew")).isEmpty();
    assertThat(AREAS.areasIn("Cooperation in water\nand energy grew."))
        .containsExactly(ENERGY, WATER);
  }

  @Test
  void hidesWordsInsideNamesThatAreNotAreas() {
    assertThat(AREAS.areasIn("The UN Security Council met.")).isEmpty();
    assertThat(AREAS.areasIn("the Department of Foreign Affairs and Trade")).isEmpty();
    assertThat(AREAS.areasIn("in a climate of trust and cooperation")).isEmpty();
  }

  @Test
  void findsPhrasesOnWordBoundariesOnly() {
    assertThat(AREAS.areasIn("They supported the report")).isEmpty();
    assertThat(AREAS.areasIn("COVID-19")).containsExactly(HEALTH);
  }

  @Test
  void resultsAreImmutable() {
    Set<Area> areas = AREAS.areasIn("tourism");
    assertThatThrownBy(() -> areas.add(TRADE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> AREAS.phrases().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void survivesRandomAndHostileText() {
    Random random = new Random(20240611L);
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add(".".repeat(100_000));
    texts.add("\n".repeat(50_000) + "water");
    texts.add("cooperation ".repeat(20_000) + "water");
    texts.add("\uD800\uDC00\uD800 water \uDC00.!?\u2026\u201D cooperation");
    texts.addAll(TestingTexts.random(random, 200));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String text : texts) {
            for (AreaMatch match : AREAS.find(text)) {
              assertThat(match.end()).isLessThanOrEqualTo(text.length());
            }
          }
        });
  }

  @Test
  void readsAPhraseThatNamesTwoAreas() {
    AreaLexicon lexicon = parse(HEAD + "narco-terror\tterrorism|drug_trafficking\tstrong\t\n");

    assertThat(lexicon.phrases())
        .containsExactly(
            new AreaPhrase(
                "narco-terror", EnumSet.of(DRUG_TRAFFICKING, TERRORISM), AreaUse.STRONG));
  }

  @Test
  void rejectsAnUnknownArea() {
    assertThatThrownBy(() -> parse(HEAD + "piracy\tpiracy\tstrong\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("areas.tsv line 3: unknown area: 'piracy'");
  }

  @Test
  void rejectsAnUnknownUse() {
    assertThatThrownBy(() -> parse(HEAD + "piracy\ttransnational_crime\tsometimes\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("areas.tsv line 3: unknown area use: 'sometimes'");
  }

  @Test
  void rejectsAStrongPhraseWithoutAreas() {
    assertThatThrownBy(() -> parse(HEAD + "piracy\t\tstrong\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("areas.tsv line 3: a strong phrase must name areas: 'piracy'");
  }

  @Test
  void rejectsACueWithAreas() {
    assertThatThrownBy(() -> parse(HEAD + "cooperation\ttrade\tcue\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("areas.tsv line 3: a cue phrase names no areas: 'cooperation' [TRADE]");
  }

  @Test
  void rejectsAPhraseListedTwice() {
    assertThatThrownBy(
            () -> parse(HEAD + "tourism\ttourism\tstrong\t\ntravel|Tourism\ttourism\tweak\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("areas.tsv line 4: phrase 'Tourism' is already on line 3");
  }

  @Test
  void keepsPhrasesThatDifferOnlyInCaseWhenOneIsCaseSensitive() {
    AreaLexicon lexicon = parse(HEAD + "MoU|MOU\t\tcue\t\naid|AID\thumanitarian\tweak\t\n");

    assertThat(lexicon.phrases()).hasSize(4);
  }
}
