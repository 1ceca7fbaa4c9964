package org.attache.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
  private static final String FULL =
      """
      {
        "document": {"published": "2021-02-08", "diplomatic": true},
        "people": [
          {"name": "Vladimir Norov", "post": "Secretary-General", "of": "SCO", "to": null},
          {"name": "Rashid Meredov", "post": "Minister of Foreign Affairs", "of": "TKM", "to": null,
           "other_posts": [{"post": "Deputy Chairman", "of": "TKM"}]}
        ],
        "meetings": [
          {"date": "2021-02-08", "city": "Beijing", "country": "CHN", "format": "in_person",
           "participants": ["Vladimir Norov", "BRN"], "hosts": ["Vladimir Norov"], "venue": "x"}
        ],
        "statements": [
          {"speaker": "Vladimir Norov", "stance": ["intent_to_cooperate", "comment"], "text": "..."},
          {"speaker": "BRN", "stance": "thanks"}
        ],
        "agreements": [
          {"instrument": "memorandum_of_understanding", "parties": ["SCO", "ASEAN"],
           "signed": "2005", "areas": ["terrorism"], "status": "signed"}
        ],
        "plans": [
          {"parties": ["SCO"], "period": {"from": "2021", "to": null}, "status": "drafting"}
        ],
        "priorities": [
          {"actor": "BRN", "capacity": "ASEAN chairmanship", "period": "2021", "areas": ["health"]}
        ],
        "establishments": [
          {"actor": "ACC", "date": "2011", "founders": ["ASEAN", "CHN"], "occasion": null}
        ]
      }
      """;

  @TempDir Path dir;

  @Test
  void readsEveryKeyItScores() throws IOException {
    Path file = write("0000.gold.json", FULL);

    Gold gold = GoldFile.read(file);

    Gold expected =
        Gold.of(Optional.of("2021-02-08"), true)
            .withPeople(
                List.of(
                    Gold.Person.of("Vladimir Norov", "Secretary-General", "SCO", null),
                    new Gold.Person(
                        "Rashid Meredov",
                        List.of(
                            Gold.Post.of("Minister of Foreign Affairs", "TKM", null),
                            Gold.Post.of("Deputy Chairman", "TKM", null)))))
            .withMeetings(
                List.of(
                    new Gold.Meeting(
                        Optional.of("2021-02-08"),
                        Optional.of("Beijing"),
                        Optional.of("CHN"),
                        Optional.of("in_person"),
                        List.of("Vladimir Norov", "BRN"),
                        List.of("Vladimir Norov"))))
            .withStatements(
                List.of(
                    Gold.Statement.of("Vladimir Norov", "intent_to_cooperate", "comment"),
                    Gold.Statement.of("BRN", "thanks")))
            .withAgreements(
                List.of(
                    Gold.Agreement.of(
                        "memorandum_of_understanding",
                        List.of("SCO", "ASEAN"),
                        "2005",
                        List.of("terrorism"))))
            .withPlans(List.of(Gold.Plan.of(List.of("SCO"), "2021", null, "drafting")))
            .withPriorities(
                List.of(Gold.Priorities.of("BRN", "ASEAN chairmanship", "2021", List.of("health"))))
            .withEstablishments(
                List.of(Gold.Establishment.of("ACC", "2011", List.of("ASEAN", "CHN"), null)));
    assertThat(gold).isEqualTo(expected);
  }

  @Test
  void labelsAPersonByBothSpellingsWhereverTheGoldNamesThem() {
    Gold gold =
        GoldFile.parse(
            "{\"document\": {\"published\": \"2023-08-31\", \"diplomatic\": true},"
                + " \"people\": [{\"name\": \"Игорь Петров\", \"name_en\": \"Igor Petrov\","
                + " \"post\": \"Ambassador\", \"of\": \"RUS\", \"to\": null}],"
                + " \"meetings\": [{\"date\": null, \"participants\": [\"Игорь Петров\", \"CHL\"],"
                + " \"hosts\": [\"Игорь Петров\"]}],"
                + " \"statements\": [{\"speaker\": \"Игорь Петров\", \"stance\": [\"comment\"]}]}");

    String label = "Игорь Петров / Igor Petrov";
    assertThat(gold.people().orElseThrow())
        .containsExactly(Gold.Person.of(label, "Ambassador", "RUS", null));
    assertThat(gold.meetings().orElseThrow().get(0).participants()).containsExactly(label, "CHL");
    assertThat(gold.meetings().orElseThrow().get(0).hosts()).containsExactly(label);
    assertThat(gold.statements().orElseThrow())
        .containsExactly(Gold.Statement.of(label, "comment"));
  }

  @Test
  void leavesAbsentSectionsUnscored() throws IOException {
    Path file =
        write("0216.gold.json", "{\"document\": {\"published\": null, \"diplomatic\": false}}");

    assertThat(GoldFile.read(file)).isEqualTo(Gold.of(Optional.empty(), false));
  }

  @Test
  void namesTheFileAndTheKeyOfAWrongValue() throws IOException {
    Path file =
        write(
            "0005.gold.json",
            "{\"document\": {\"diplomatic\": true},"
                + " \"statements\": [{\"speaker\": \"X Y\", \"stance\": [\"comment\", \"praiss\"]}]}");

    assertThatThrownBy(() -> GoldFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot read gold file '"
                + file
                + "': statements[0].stance[1]: unknown stance: 'praiss'");
  }

  @Test
  void namesAMissingKey() {
    assertThatThrownBy(() -> GoldFile.parse("{\"document\": {\"published\": null}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document.diplomatic: expected true or false, found nothing");
    assertThatThrownBy(
            () ->
                GoldFile.parse(
                    "{\"document\": {\"diplomatic\": true}, \"meetings\": [{\"date\": 2021}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meetings[0].date: expected a string or null, found 2021");
    assertThatThrownBy(
            () -> GoldFile.parse("{\"document\": {\"diplomatic\": true}, \"meetings\": [{}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meetings[0].participants: expected a list of strings, found nothing");
    assertThatThrownBy(
            () -> GoldFile.parse("{\"document\": {\"diplomatic\": true}, \"people\": null}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("people: expected a list of objects, found null");
  }

  @Test
  void rejectsWhatIsNotJson() {
    assertThatThrownBy(() -> GoldFile.parse("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the top level is not a JSON object");
    assertThatThrownBy(() -> GoldFile.parse("{\"document\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not valid JSON: ");
  }

  @Test
  void namesAFileItCannotRead() {
    Path missing = dir.resolve("9999.gold.json");

    assertThatThrownBy(() -> GoldFile.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("Cannot read gold file '" + missing + "': NoSuchFileException: " + missing);
  }

  @Test
  void loadsAFolderInOrderOfName() throws IOException {
    write(
        "0005.gold.json", "{\"document\": {\"published\": \"2020-11-18\", \"diplomatic\": true}}");
    write("0005.txt", "TITLE: x\n---\nbody");
    write("0000-a.gold.json", "{\"document\": {\"published\": null, \"diplomatic\": false}}");
    write("0000-a.txt", "body");
    write("notes.json", "{}");

    assertThat(GoldSet.load(dir))
        .containsExactly(
            new GoldSet.Entry(
                "0000-a", dir.resolve("0000-a.txt"), Gold.of(Optional.empty(), false)),
            new GoldSet.Entry(
                "0005", dir.resolve("0005.txt"), Gold.of(Optional.of("2020-11-18"), true)));
  }

  @Test
  void refusesAGoldFileWithoutItsText() throws IOException {
    write("0005.gold.json", "{\"document\": {\"published\": null, \"diplomatic\": true}}");

    assertThatThrownBy(() -> GoldSet.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot load gold set '" + dir + "': 0005.gold.json has no 0005.txt beside it");
  }

  @Test
  void refusesWhatIsNotAFolder() throws IOException {
    Path file = write("0005.txt", "body");

    assertThatThrownBy(() -> GoldSet.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot load gold set '" + file + "': not a folder");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
