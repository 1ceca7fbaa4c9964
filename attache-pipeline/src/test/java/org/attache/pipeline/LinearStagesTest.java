package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Meeting;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.events.meeting.ExtractMeetings;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stages after annotation do work in proportion to the document: run on a communiqué repeated
 * {@value #FEW} times and {@value #MANY} times, each stage allocates at most {@value #SLACK} times
 * as many bytes per sentence on the longer text. Bytes allocated are counted by the JVM for the
 * thread, so the check counts work rather than timing it; a stage that copies the document's tokens
 * for each mention, or compares each meeting with every other, allocates in proportion to the
 * square of the length and fails it.
 *
 * <p>The communiqué is annotated once by CoreNLP; the long texts repeat its annotation, shifted, as
 * CoreNLP annotates a text paragraph by paragraph anyway.
 */
class LinearStagesTest {
  private static final int FEW = 20;
  private static final int MANY = 200;
  private static final double SLACK = 1.5;
  private static final String PARAGRAPH_BREAK = "\n\n";

  private static final String COMMUNIQUE =
      String.join(
          PARAGRAPH_BREAK,
          "On 4 March 2025, Minister of Foreign Affairs of Kazakhstan Erlan Temirbekov received"
              + " Ambassador of Mongolia to Kazakhstan Oyun Baatar in Astana. The sides discussed"
              + " cooperation in trade and energy. The Minister noted the growth of contacts"
              + " between the two countries.",
          "Prime Minister of Mongolia Batbold Gantulga paid an official visit to Kazakhstan on 5"
              + " March 2025. In Astana, Gantulga held talks with President Kamila Nazarov. The two"
              + " sides signed a memorandum of understanding on cooperation in agriculture and"
              + " agreed to draft a plan of consultations for 2025-2026.",
          "Secretary-General of the SCO Nurlan Osmonov met with Minister of Foreign Affairs of"
              + " Uzbekistan Sanjar Yusupov at the SCO Secretariat. The Minister presented the"
              + " priorities of the presidency of Uzbekistan in the SCO in 2025. The"
              + " Secretary-General welcomed the initiative and stressed the importance of the road"
              + " map, which is being implemented by the member states.",
          "The SCO Energy Club, established by the SCO member states in 2013, held its meeting in"
              + " Tashkent. Both countries expressed readiness to deepen cooperation in transport.");

  /** The given names and family names of the communiqué first, then others for the copies. */
  private static final List<String> GIVEN =
      List.of(
          "Erlan", "Oyun", "Batbold", "Kamila", "Nurlan", "Sanjar", "Aibek", "Dilnoza", "Farrukh",
          "Gulnara", "Hakim", "Indra", "Jasur", "Malika", "Rustam", "Timur", "Umida", "Zarina",
          "Bolat", "Elmira");

  private static final List<String> FAMILY =
      List.of(
          "Temirbekov",
          "Baatar",
          "Gantulga",
          "Nazarov",
          "Osmonov",
          "Yusupov",
          "Abenov",
          "Dauletov",
          "Ergashev",
          "Fazilov",
          "Hasanov",
          "Ibragimov",
          "Jumabekov",
          "Karimova",
          "Mamadov",
          "Purnomo",
          "Qodirov",
          "Rahmanov",
          "Sadykova",
          "Usmanov");

  private static final List<String> MONTHS =
      List.of(
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "January",
          "February");

  /**
   * How far back the meetings stage of the allocation test joins reports: a meeting is compared
   * with those reported within that many characters, so that the stage is linear only in documents
   * much longer than that. With the standard reach of 100,000 characters the test would need
   * documents of megabytes; this one makes the communiqué repeated {@value #FEW} times long enough.
   */
  private static final int TEST_REACH = 2_000;

  private static Pipeline stages;
  private static Pipeline stagesOfTheTestReach;
  private static AnnotatedText communique;

  @BeforeAll
  static void annotateTheCommuniqueOnce() {
    Pipeline standard = ExtractorTesting.extractor().pipeline();
    stages = standard.after("annotate");
    List<Stage> narrow = new ArrayList<>();
    for (Stage stage : standard.stages()) {
      narrow.add(
          stage instanceof ExtractMeetings
              ? new ExtractMeetings(KnowledgeBase.standard(), TEST_REACH)
              : stage);
    }
    stagesOfTheTestReach = new Pipeline(narrow).after("annotate");
    communique = standard.through("annotate").run(analysis(COMMUNIQUE)).annotatedText();
  }

  @Test
  void everyStageAllocatesInProportionToTheSentences() {
    Map<String, Long> few = bytesPerStage(FEW);
    Map<String, Long> many = bytesPerStage(MANY);

    assertThat(many.keySet()).containsExactlyElementsOf(stages.names());
    assertThat(stagesOfTheTestReach.names()).isEqualTo(stages.names());
    Map<String, Double> growth = new LinkedHashMap<>();
    for (String stage : stages.names()) {
      growth.put(stage, (double) many.get(stage) / few.get(stage));
    }
    double allowed = SLACK * MANY / FEW;
    assertThat(growth).allSatisfy((stage, ratio) -> assertThat(ratio).isLessThan(allowed));
  }

  @Test
  void aMeetingReportedAgainFarAwayIsAnotherMeeting() {
    int once = meetings(repeated(1, false, 0));
    int near = meetings(repeated(2, false, 0));
    int far = meetings(repeated(2, false, ExtractMeetings.MERGE_REACH));

    assertThat(once).isEqualTo(4);
    assertThat(near).isEqualTo(once);
    assertThat(far).isEqualTo(2 * once);
  }

  private static int meetings(Analysis analysis) {
    return Extractor.assemble(stages.run(analysis)).events(Meeting.class).size();
  }

  /**
   * The bytes each stage allocates on the communiqué repeated {@code copies} times: the least of
   * three runs, the first of them warming up.
   */
  private static Map<String, Long> bytesPerStage(int copies) {
    Analysis start = repeated(copies, true, 0);
    Map<String, Long> least = new LinkedHashMap<>();
    for (int run = 0; run < 3; run++) {
      Analysis current = start;
      for (Stage stage : stagesOfTheTestReach.stages()) {
        long before = allocatedBytes();
        current = stage.apply(current);
        long bytes = allocatedBytes() - before;
        least.merge(stage.name(), bytes, Math::min);
      }
    }
    return least;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  /**
   * The annotated communiqué repeated, each copy a paragraph further and {@code gap} blank lines
   * further still, as one document. Where {@code renamed}, the people of each copy are renamed and
   * the month changed, so that the copies tell of different people and days, as the articles of a
   * digest do.
   */
  private static Analysis repeated(int copies, boolean renamed, int gap) {
    StringBuilder text = new StringBuilder();
    List<Sentence> all = new ArrayList<>();
    int tokens = 0;
    for (int copy = 0; copy < copies; copy++) {
      if (copy > 0) {
        text.append(PARAGRAPH_BREAK).append("\n".repeat(gap));
      }
      int version = renamed ? copy : 0;
      Map<Integer, Integer> moved = new HashMap<>();
      int from = 0;
      for (Token token : communique.tokens()) {
        text.append(COMMUNIQUE, from, token.start());
        moved.put(token.start(), text.length());
        text.append(renamed(token.text(), version));
        moved.put(token.end(), text.length());
        from = token.end();
      }
      text.append(COMMUNIQUE.substring(from));
      for (Sentence sentence : communique.sentences()) {
        List<Token> copied = new ArrayList<>();
        for (Token token : sentence.tokens()) {
          String name = renamed(token.text(), version);
          copied.add(
              new Token(
                  token.index() + tokens,
                  name,
                  new Span(moved.get(token.start()), moved.get(token.end())),
                  token.pos(),
                  token.lemma().equals(token.text()) ? name : token.lemma(),
                  token.ner()));
        }
        Span span = sentence.span();
        all.add(
            new Sentence(
                all.size(), new Span(moved.get(span.start()), moved.get(span.end())), copied));
      }
      tokens += communique.tokenCount();
    }
    return analysis(text.toString()).withAnnotated(new AnnotatedText(text.toString(), all));
  }

  /** A word of the communiqué as the given copy writes it: another name, another month. */
  private static String renamed(String word, int copy) {
    int given = GIVEN.indexOf(word);
    if (given >= 0) {
      return GIVEN.get((given * 7 + copy) % GIVEN.size());
    }
    int family = FAMILY.indexOf(word);
    if (family >= 0) {
      return FAMILY.get((family * 11 + copy * 3) % FAMILY.size());
    }
    return word.equals("March") ? MONTHS.get(copy % MONTHS.size()) : word;
  }

  private static Analysis analysis(String text) {
    SourceDocument document =
        new SourceDocument(
            "repeated", Optional.empty(), Optional.of(LocalDate.of(2025, 3, 6)), text);
    assertThat(document.text()).isEqualTo(text);
    return Analysis.of(document, TextNormaliser.normalise(document.text()));
  }
}
