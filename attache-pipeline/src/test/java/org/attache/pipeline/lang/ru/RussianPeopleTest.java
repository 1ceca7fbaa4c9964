package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Whom a person named in Russian serves, where the title alone does not say: the side of the
 * clause, a colleague, a title with the state's adjective inside, plural titles, titles that govern
 * titles, states named before ("этой страны"), and names the dictionary reads otherwise. The
 * sentences are written for this test; the people in them are invented.
 */
class RussianPeopleTest {
  private static DocumentRecord extract(String body) {
    return RussianTesting.extract(body, "2024-03-12");
  }

  @Test
  void givesTheSideOfTheClauseToTitlesThatNameNoState() {
    DocumentRecord record =
        extract(
            "С казахстанской стороны в переговорах участвовали глава МИД Арман Сейтказиев,"
                + " вице-премьер Нурбол Ахметов и пресс-секретарь президента Данияр Омаров.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Арман Сейтказиев | Minister of Foreign Affairs | KAZ | -",
            "Нурбол Ахметов | Deputy Prime Minister | KAZ | -",
            "Данияр Омаров | Spokesperson | KAZ | -");
  }

  @Test
  void readsTheLeadersOfTwoDelegations() {
    DocumentRecord record =
        extract(
            "Монгольскую делегацию возглавил заместитель министра иностранных дел Бат Эрдэнэ,"
                + " вьетнамскую — помощник министра иностранных дел Нгуен Ван Тхань.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Бат Эрдэнэ | Deputy Minister of Foreign Affairs | MNG | -",
            "Нгуен Ван Тхань | Assistant Minister of Foreign Affairs | VNM | -");
  }

  @Test
  void givesAColleagueTheSpeakersTitleForTheirOwnState() {
    DocumentRecord record =
        extract(
            "Министр иностранных дел Армении Арам Саркисян провел телефонный разговор со своим"
                + " грузинским коллегой Леваном Гелашвили.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Арам Саркисян | Minister of Foreign Affairs | ARM | -",
            "Леван Гелашвили | Minister of Foreign Affairs | GEO | -");
  }

  @Test
  void pairsTheNamesAndStatesOfAPluralTitle() {
    DocumentRecord record =
        extract(
            "Министры обороны Таджикистана и Узбекистана Рустам Назаров и Бахтиёр Алимов"
                + " подписали план.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Рустам Назаров | Minister of Defence | TJK | -",
            "Бахтиёр Алимов | Minister of Defence | UZB | -");
  }

  @Test
  void takesTheStateOfAnAdjectiveInsideTheTitleForThePersonNamedBefore() {
    DocumentRecord record =
        extract(
            "Министр иностранных дел Олег Кравец принял посла Индонезии. Глава молдавского МИД"
                + " выразил признательность послу.");

    assertThat(ExtractorTesting.people(record))
        .contains("Олег Кравец | Minister of Foreign Affairs | MDA | -");
  }

  @Test
  void takesTheStatesATitleRefersToFromTheTextBefore() {
    DocumentRecord record =
        extract(
            "Парламенты Финляндии и Эстонии провели совместное заседание. Договор подписали"
                + " министры иностранных дел двух стран Юха Лехтонен и Мартин Каск.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Юха Лехтонен | Minister of Foreign Affairs | FIN | -",
            "Мартин Каск | Minister of Foreign Affairs | EST | -");
  }

  @Test
  void headsAChainOfTitlesWithTheFirstAndLeavesOutTheFieldOfThePost() {
    DocumentRecord record =
        extract(
            "Спецпредставитель президента Таджикистана по делам СНГ Фаррух Шарипов и помощник"
                + " президента Эмомали Сафаров прибыли в Минск.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Фаррух Шарипов | Special Representative | TJK | -",
            "Эмомали Сафаров | Assistant to the President | - | -");
  }

  @Test
  void readsNamesTheDictionaryReadsOtherwiseAndSurnamesInCapitals() {
    DocumentRecord record =
        extract(
            "Послание передал председатель КНР Си Цзиньпин. Встреча Генерального секретаря ШОС"
                + " Чжан Лина с Президентом Франции Пьером ЛЕФЕВРОМ прошла в Пекине.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "Си Цзиньпин | Chairman | CHN | -",
            "Чжан Лин | Secretary-General | SCO | -",
            "Пьер Лефевр | President | FRA | -");
  }

  @Test
  void readsAPostInAnOrganOfOneState() {
    DocumentRecord record = extract("Посла принял вице-спикер Государственной думы Игорь Соколов.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly("Игорь Соколов | Deputy Speaker | RUS | -");
  }

  @Test
  void readsATitleGivenAfterTheNameInSomeCapacity() {
    DocumentRecord record =
        extract("Делегацию возглавил В.П.Орлов, теперь уже как посол России в Египте.");

    assertThat(ExtractorTesting.people(record))
        .containsExactly("В. П. Орлов | Ambassador | RUS | EGY");
  }
}
