package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {
  private static final String STATES_HEAD =
      """
      # source: test
      alpha3\talpha2\tname\tofficial_name\tvariants\tdemonyms\tcapital\tcities
      """;
  private static final String CHINA =
      "CHN\tCN\tChina\tPeople's Republic of China\tPRC\tChinese\tBeijing=Peking\tShanghai|Xi'an\n";
  private static final String ORGANISATIONS_HEAD =
      "# source: test\ncode\tname\tvariants\tseat_city\tseat_country\tfounded\tmembers\n";
  private static final String POSTS_HEAD = "# source: test\nsurface\ttitle\tkind\tenvoy\n";

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }

  private static List<State> states(String text) {
    return KnowledgeFiles.states("states.tsv", reader(text));
  }

  private static List<Organisation> organisations(String text) {
    Map<String, State> states = Map.of("CHN", states(STATES_HEAD + CHINA).get(0));
    return KnowledgeFiles.organisations("organisations.tsv", reader(text), states);
  }

  private static Map<String, State> institutions(String text) {
    Map<String, State> states = Map.of("CHN", states(STATES_HEAD + CHINA).get(0));
    return KnowledgeFiles.institutions("institutions.tsv", reader(text), states);
  }

  private static List<PostTitle> posts(String text) {
    return KnowledgeFiles.posts("posts.tsv", reader(text));
  }

  @Test
  void readsAState() {
    assertThat(states(STATES_HEAD + CHINA))
        .containsExactly(
            new State(
                "CHN",
                "CN",
                "China",
                "People's Republic of China",
                List.of("PRC"),
                List.of("Chinese"),
                new City("Beijing", List.of("Peking")),
                List.of(new City("Shanghai", List.of()), new City("Xi'an", List.of()))));
  }

  @Test
  void readsAnOrganisation() {
    assertThat(
            organisations(
                ORGANISATIONS_HEAD
                    + "SCO\tShanghai Cooperation Organisation\tSCO\tBeijing\tCHN\t2001\tCHN\n"))
        .singleElement()
        .satisfies(
            sco -> {
              assertThat(sco.seat()).contains(new Location("Beijing", "CHN"));
              assertThat(sco.founded()).hasValue(2001);
              assertThat(sco.members()).containsExactly("CHN");
            });
  }

  @Test
  void namesTheLineOfAShortRow() {
    assertThatThrownBy(() -> states(STATES_HEAD + "CHN\tCN\tChina\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("states.tsv line 3: expected 8 columns, found 3");
  }

  @Test
  void rejectsAWrongHeader() {
    assertThatThrownBy(() -> posts("# source: test\nsurface\ttitle\n"))
        .hasMessage(
            "posts.tsv line 2: expected the header surface | title | kind | envoy, found surface | title");
  }

  @Test
  void requiresASourceLine() {
    assertThatThrownBy(() -> posts("surface\ttitle\tkind\tenvoy\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("posts.tsv: no '# source:' line naming the sources");
  }

  @Test
  void rejectsAnInvalidCode() {
    assertThatThrownBy(() -> states(STATES_HEAD + CHINA.replace("CHN", "CH")))
        .hasMessage("states.tsv line 3: code is not an ISO 3166-1 alpha-3 code: 'CH'");
  }

  @Test
  void rejectsANameOfTwoStates() {
    String taiwan = "TWN\tTW\tTaiwan\tRepublic of China\tPRC\tTaiwanese\tTaipei\t\n";

    assertThatThrownBy(() -> states(STATES_HEAD + CHINA + taiwan))
        .hasMessage("states.tsv line 4: name 'PRC' is already taken by CHN");
  }

  @Test
  void rejectsADuplicateCode() {
    assertThatThrownBy(() -> states(STATES_HEAD + CHINA + CHINA.replace("China", "Cathay")))
        .hasMessage("states.tsv line 4: duplicate alpha-3 code 'CHN'");
  }

  @Test
  void rejectsAnEmptyListItem() {
    assertThatThrownBy(() -> states(STATES_HEAD + CHINA.replace("PRC", "PRC||Mainland China")))
        .hasMessage("states.tsv line 3: empty item in variants: 'PRC||Mainland China'");
  }

  @Test
  void rejectsAnUnknownMember() {
    assertThatThrownBy(
            () ->
                organisations(
                    ORGANISATIONS_HEAD
                        + "SCO\tShanghai Cooperation Organisation\t\t\t\t2001\tCHN|RUS\n"))
        .hasMessage("organisations.tsv line 3: member 'RUS' is not a state of states.tsv");
  }

  @Test
  void rejectsASeatCityOutsideItsCountry() {
    assertThatThrownBy(
            () ->
                organisations(
                    ORGANISATIONS_HEAD
                        + "RATS\tRegional Anti-Terrorist Structure\t\tTashkent\tCHN\t2004\t\n"))
        .hasMessage(
            "organisations.tsv line 3: seat city 'Tashkent' is not a city of CHN in states.tsv");
  }

  @Test
  void rejectsAFoundingDateThatIsNotAYear() {
    assertThatThrownBy(
            () ->
                organisations(
                    ORGANISATIONS_HEAD
                        + "SCO\tShanghai Cooperation Organisation\t\t\t\t15 June 2001\t\n"))
        .hasMessage("organisations.tsv line 3: founded is not a year: '15 June 2001'");
  }

  @Test
  void readsAPostTitle() {
    assertThat(posts(POSTS_HEAD + "Consul-General\tConsul General\tenvoy\ttrue\n"))
        .containsExactly(new PostTitle("Consul-General", "Consul General", PostKind.ENVOY, true));
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> posts(POSTS_HEAD + "King\tKing\tmonarch\tfalse\n"))
        .hasMessage("posts.tsv line 3: unknown post kind: 'monarch'");
  }

  @Test
  void rejectsAnInvalidEnvoyFlag() {
    assertThatThrownBy(() -> posts(POSTS_HEAD + "Envoy\tEnvoy\tenvoy\tyes\n"))
        .hasMessage("posts.tsv line 3: envoy must be 'true' or 'false': 'yes'");
  }

  @Test
  void rejectsATitleOfTwoKinds() {
    assertThatThrownBy(
            () ->
                posts(
                    POSTS_HEAD
                        + "Premier\tPremier\thead_of_government\tfalse\nPrime\tPremier\tminister\tfalse\n"))
        .hasMessage(
            "posts.tsv line 4: title 'Premier' is minister here but head_of_government for 'Premier'");
  }

  @Test
  void rejectsARepeatedSurface() {
    assertThatThrownBy(
            () ->
                posts(
                    POSTS_HEAD
                        + "Foreign Minister\tMinister of Foreign Affairs\tminister\tfalse\n"
                        + "foreign  minister\tMinister of Foreign Affairs\tminister\tfalse\n"))
        .hasMessage("posts.tsv line 4: surface 'foreign  minister' repeats 'Foreign Minister'");
  }

  @Test
  void readsPhraseListsWithoutComments() {
    assertThat(
            KnowledgeFiles.phrases(
                "non-entities.txt", reader("# note\n\nLatin America\n  Indian Ocean \n")))
        .containsExactly("Latin America", "Indian Ocean");
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> KnowledgeBase.load(name -> null))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("states.tsv: not found");
  }

  @Test
  void readsAnInstitutionWithItsState() {
    assertThat(institutions("# source: test\nname\tstate\nNational People's Congress\tCHN\n"))
        .containsOnlyKeys("National People's Congress")
        .hasEntrySatisfying(
            "National People's Congress", s -> assertThat(s.code()).isEqualTo("CHN"));
  }

  @Test
  void refusesAnInstitutionOfAnUnknownState() {
    assertThatThrownBy(() -> institutions("# source: test\nname\tstate\nKnesset\tISR\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessageContaining("institutions.tsv")
        .hasMessageContaining("state 'ISR' is not a state of states.tsv");
  }
}
