package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The knowledge base under Chinese names, on phrases written for this test. */
class ChineseLexiconTest {
  private static final ChineseLexicon LEXICON = ChineseLexicon.standard();

  private static List<String> found(String text) {
    return LEXICON.find(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + label(m.entry()))
        .toList();
  }

  private static String label(ChineseLexicon.Entry entry) {
    if (entry instanceof ChineseLexicon.StateName state) {
      return state.code();
    }
    if (entry instanceof ChineseLexicon.OrganisationName organisation) {
      return organisation.code();
    }
    if (entry instanceof ChineseLexicon.Title title) {
      return title.post().title();
    }
    return ((ChineseLexicon.CityName) entry).location().city();
  }

  @Test
  void findsTheLongestNameAtEachPlace() {
    assertThat(found("上海合作组织副秘书长在塔什干会见蒙古国驻华大使"))
        .containsExactly(
            "上海合作组织=SCO",
            "副秘书长=Deputy Secretary-General",
            "塔什干=Tashkent",
            "蒙古国=MNG",
            "大使=Ambassador");
    assertThat(found("中国—东盟中心秘书长与中华人民共和国外交部长"))
        .containsExactly(
            "中国—东盟中心=ACC",
            "秘书长=Secretary-General",
            "中华人民共和国=CHN",
            "外交部长=Minister of Foreign Affairs");
  }

  @Test
  void shortFormsNameTheirStates() {
    assertThat(LEXICON.stateOfShortForm('俄')).contains("RUS");
    assertThat(LEXICON.stateOfShortForm('中')).contains("CHN");
    assertThat(LEXICON.stateOfShortForm('的')).isEmpty();
  }

  @Test
  void anUnknownCodeIsRefusedWithTheFileAndLine() {
    Map<String, String> files =
        Map.of(
            ChineseLexicon.STATES,
            "# source: a test\nalpha3\tnames\tshort\nXYZ\t无名国\t\n",
            ChineseLexicon.ORGANISATIONS,
            "# source: a test\ncode\tnames\n",
            ChineseLexicon.POSTS,
            "# source: a test\nsurface\ttitle\tkind\tenvoy\n",
            ChineseLexicon.CITIES,
            "# source: a test\nname\tcity\tcountry\n");
    assertThatThrownBy(
            () -> ChineseLexicon.load(name -> open(files, name), KnowledgeBase.standard()))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessageContaining("zh/states.tsv")
        .hasMessageContaining("line 3")
        .hasMessageContaining("unknown state code 'XYZ'");
  }

  private static InputStream open(Map<String, String> files, String name) {
    String content = files.get(name);
    return content == null
        ? null
        : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }
}
