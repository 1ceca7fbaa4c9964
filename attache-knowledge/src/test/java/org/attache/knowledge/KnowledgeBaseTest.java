package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Area;
import org.attache.model.Stance;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  /** The 193 member states of the United Nations, by ISO 3166-1 alpha-3 code. */
  private static final List<String> UN_MEMBERS =
      List.of(
          """
          AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ
          BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE
          DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB
          GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ
          KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG
          MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU
          NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE
          SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN
          TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
          """
              .strip()
              .split("\\s+"));

  /** The organisation codes that RECORDS.md fixes. */
  private static final List<String> RECORD_CODES =
      List.of(
          "UN", "EU", "AU", "ASEAN", "SCO", "RATS", "ACC", "BRICS", "CIS", "CSTO", "EAEU", "OSCE",
          "NATO", "GCC", "LAS", "OIC", "CICA", "ECO", "APEC", "G20", "G7", "SAARC", "BIMSTEC",
          "CELAC", "OAS", "ECOWAS", "SADC", "IGAD", "WHO", "WTO", "IMF", "IAEA", "UNESCO", "UNDP",
          "UNICEF", "UNHCR", "ICRC", "IFRC", "ADB", "AIIB", "WB");

  private static List<String> found(String text) {
    List<String> found = new ArrayList<>();
    for (PhraseMatch<Entity> match : KB.find(text)) {
      found.add(match.start() + "-" + match.end() + " " + describe(match.payload()));
    }
    return found;
  }

  private static String describe(Entity entity) {
    if (entity instanceof Entity.StateName name) {
      return "state " + name.state().code();
    } else if (entity instanceof Entity.StateDemonym demonym) {
      return "demonym " + demonym.state().code();
    } else if (entity instanceof Entity.CityName city) {
      return "city " + city.city().name() + " " + city.state().code();
    } else if (entity instanceof Entity.OrganisationName organisation) {
      return "org " + organisation.organisation().code();
    } else {
      PostTitle post = ((Entity.Title) entity).post();
      return "post " + post.title() + " " + post.kind().code();
    }
  }

  @Test
  void holdsEveryUnMemberAndObserverStateOnce() {
    assertThat(UN_MEMBERS).hasSize(193).doesNotHaveDuplicates();
    List<String> codes = KB.states().stream().map(State::code).toList();
    assertThat(codes).doesNotHaveDuplicates().containsAll(UN_MEMBERS).contains("VAT", "PSE");
    assertThat(codes).hasSize(197).contains("TWN", "XKX");
    assertThat(KB.states().stream().map(State::alpha2)).doesNotHaveDuplicates();
  }

  @Test
  void listsTheUnMembersAsMembersOfTheUn() {
    assertThat(KB.organisation("UN").orElseThrow().members())
        .containsExactlyInAnyOrderElementsOf(UN_MEMBERS);
  }

  @Test
  void agreesWithTheJdkOnIsoCodes() {
    for (State state : KB.states()) {
      if (!state.code().equals("XKX")) {
        assertThat(new Locale("", state.alpha2()).getISO3Country())
            .as(state.name())
            .isEqualTo(state.code());
      }
    }
  }

  @Test
  void looksUpStatesByCodeAndName() {
    State china = KB.state("CHN").orElseThrow();
    assertThat(china.name()).isEqualTo("China");
    assertThat(china.officialName()).isEqualTo("People's Republic of China");
    assertThat(china.capital().name()).isEqualTo("Beijing");
    assertThat(KB.state("chn")).contains(china);
    assertThat(KB.stateByAlpha2("CN")).contains(china);
    assertThat(KB.stateNamed("PRC")).contains(china);
    assertThat(KB.stateNamed("Brunei Darussalam").map(State::code)).contains("BRN");
    assertThat(KB.stateNamed("Kyrgyz Republic").map(State::code)).contains("KGZ");
    assertThat(KB.stateNamed("Turkey").map(State::code)).contains("TUR");
    assertThat(KB.stateNamed("Republic of China").map(State::code)).contains("TWN");
    assertThat(KB.stateOfDemonym("Uzbekistani").map(State::code)).contains("UZB");
    assertThat(KB.state("XXX")).isEmpty();
    assertThat(KB.stateNamed("Atlantis")).isEmpty();
  }

  @Test
  void holdsTheOrganisationsOfTheRecordFormat() {
    for (String code : RECORD_CODES) {
      assertThat(KB.organisation(code)).as(code).isPresent();
    }
    assertThat(KB.organisations().stream().map(Organisation::code)).doesNotHaveDuplicates();
    Organisation sco = KB.organisation("SCO").orElseThrow();
    assertThat(sco.name()).isEqualTo("Shanghai Cooperation Organisation");
    assertThat(sco.founded()).hasValue(2001);
    assertThat(KB.organisationNamed("ASEAN China Centre").map(Organisation::code)).contains("ACC");
    assertThat(KB.organisationNamed("League of Arab States").map(Organisation::code))
        .contains("LAS");
  }

  @Test
  void resolvesOrganisationsToTheirSeats() {
    assertThat(KB.seat("SCO")).contains(new Location("Beijing", "CHN"));
    assertThat(KB.seat("RATS")).contains(new Location("Tashkent", "UZB"));
    assertThat(KB.seat("ASEAN")).contains(new Location("Jakarta", "IDN"));
    assertThat(KB.seat("ACC")).contains(new Location("Beijing", "CHN"));
    assertThat(KB.seat("CIS")).contains(new Location("Minsk", "BLR"));
    assertThat(KB.seat("G20")).isEmpty();
    assertThat(KB.seat("NOPE")).isEmpty();
  }

  @Test
  void resolvesCitiesToTheirStates() {
    assertThat(KB.cityLocation("Nur-Sultan")).contains(new Location("Astana", "KAZ"));
    assertThat(KB.cityLocation("Almaty")).contains(new Location("Almaty", "KAZ"));
    assertThat(KB.cityLocation("Samarkand")).contains(new Location("Samarkand", "UZB"));
    assertThat(KB.cityLocation("St. Petersburg")).contains(new Location("Saint Petersburg", "RUS"));
    assertThat(KB.cityLocation("New  York")).contains(new Location("New York", "USA"));
    assertThat(KB.cityLocation("Geneva")).contains(new Location("Geneva", "CHE"));
    assertThat(KB.cityLocation("Singapore")).contains(new Location("Singapore", "SGP"));
  }

  @Test
  void normalisesPostTitles() {
    assertThat(KB.postTitle("Secretary General").map(PostTitle::title))
        .contains("Secretary-General");
    assertThat(KB.postTitle("foreign minister").map(PostTitle::title))
        .contains("Minister of Foreign Affairs");
    assertThat(KB.postTitle("Charge d\u2019Affaires"))
        .contains(new PostTitle("Charge d'Affaires", "Chargé d'Affaires", PostKind.ENVOY, true));
    assertThat(KB.postTitle("Prime Minister").map(PostTitle::kind))
        .contains(PostKind.HEAD_OF_GOVERNMENT);
  }

  @Test
  void findsThePeoplesRepublicOfChinaWhole() {
    assertThat(found("the People's Republic of China and the Republic of China"))
        .containsExactly("4-30 state CHN", "39-56 state TWN");
  }

  @Test
  void findsThePeoplesRepublicWithATypographicApostrophe() {
    String text = "Ambassador of the People\u2019s Republic of China";

    List<PhraseMatch<Entity>> matches = KB.find(text);

    assertThat(found(text)).containsExactly("0-10 post Ambassador envoy", "18-44 state CHN");
    assertThat(matches.get(1).text(text)).isEqualTo("People\u2019s Republic of China");
  }

  @Test
  void findsTheAseanChinaCentreWhole() {
    assertThat(found("Secretary-General of the ASEAN-China Centre Chen Dehai"))
        .containsExactly("0-17 post Secretary-General official", "25-43 org ACC");
    assertThat(found("SCO-ASEAN")).containsExactly("0-3 org SCO", "4-9 org ASEAN");
  }

  @Test
  void findsStatesByNameVariantAndDemonym() {
    assertThat(found("Brunei Darussalam, Brunei and the Bruneian side"))
        .containsExactly("0-17 state BRN", "19-25 state BRN", "34-42 demonym BRN");
    assertThat(found("the Uzbekistani and Uzbek delegations"))
        .containsExactly("4-15 demonym UZB", "20-25 demonym UZB");
    assertThat(found("Türkiye, Turkiye and Turkey"))
        .containsExactly("0-7 state TUR", "9-16 state TUR", "21-27 state TUR");
  }

  @Test
  void findsAcronymsOnlyInCapitals() {
    assertThat(found("the SCO and the sco, the US and us, the UN and un-"))
        .containsExactly("4-7 org SCO", "25-27 state USA", "40-42 org UN");
  }

  @Test
  void findsNamesOnlyAsWholeWords() {
    assertThat(found("Chinatown")).isEmpty();
    assertThat(found("Omani and Oman")).containsExactly("0-5 demonym OMN", "10-14 state OMN");
  }

  @Test
  void keepsCommonWordsToTheirCapitals() {
    assertThat(found("a china cup, roast turkey, Turkey, China"))
        .containsExactly("27-33 state TUR", "35-40 state CHN");
  }

  @Test
  void dropsNamesInsidePhrasesThatAreNotTheEntity() {
    assertThat(found("Latin America and the South China Sea, America"))
        .containsExactly("39-46 state USA");
  }

  @Test
  void normalisesPostTitlesInText() {
    assertThat(
            found(
                "Secretary-General, Secretary General, Minister of Foreign Affairs, Foreign Minister"))
        .containsExactly(
            "0-17 post Secretary-General official",
            "19-36 post Secretary-General official",
            "38-65 post Minister of Foreign Affairs minister",
            "67-83 post Minister of Foreign Affairs minister");
    assertThat(found("the Deputy Prime Minister and the Vice President"))
        .containsExactly(
            "4-25 post Deputy Prime Minister minister", "34-48 post Vice President official");
  }

  @Test
  void findsCitiesWithTheirStates() {
    assertThat(found("held in Nur-Sultan, Samarkand and New York"))
        .containsExactly(
            "8-18 city Astana KAZ", "20-29 city Samarkand UZB", "34-42 city New York USA");
    Entity.CityName astana = (Entity.CityName) KB.find("Astana").get(0).payload();
    assertThat(astana.isCapital()).isTrue();
    assertThat(astana.location()).isEqualTo(new Location("Astana", "KAZ"));
  }

  @Test
  void findsAPhraseBrokenAcrossLines() {
    assertThat(found("Shanghai Cooperation\nOrganization")).containsExactly("0-33 org SCO");
  }

  @Test
  void survivesRandomAndHostileText() {
    java.util.Random random = new java.util.Random(42);
    String pieces =
        "People's Republic of China ASEAN-China Centre SCO US \u2019\u2013\u00ad\u200b\n\t\uD83C\uDDE8é\u0301Ω";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < random.nextInt(400); i++) {
        text.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(Character.MAX_VALUE + 1)
                : pieces.charAt(random.nextInt(pieces.length())));
      }
      int reached = 0;
      for (PhraseMatch<Entity> match : KB.find(text)) {
        assertThat(match.start()).isGreaterThanOrEqualTo(reached);
        assertThat(match.end()).isLessThanOrEqualTo(text.length());
        reached = match.end();
      }
    }
  }

  @Test
  void keepsEachNameToOneState() {
    Set<String> seen = new HashSet<>();
    for (State state : KB.states()) {
      for (String name : state.names()) {
        assertThat(seen.add(Folding.key(name))).as(name).isTrue();
      }
    }
  }

  @Test
  void carriesTheAreaAndStanceLexicons() {
    assertThat(KB.areas().areasIn("cooperation in tourism and e-commerce"))
        .containsExactly(Area.DIGITAL_ECONOMY, Area.TOURISM);
    assertThat(KB.stances().stances("urged")).containsExactly(Stance.APPEAL);
  }

  @Test
  void findsANationalInstitutionAsItsState() {
    assertThat(found("the Chairman of the State Great Khural"))
        .containsExactly("4-12 post Chairman official", "20-38 state MNG");
  }

  @Test
  void findsTheStateUnderTheNamesTextsWriteWithDiacritics() {
    assertThat(found("Chinese Ambassador to Việt Nam")).contains("22-30 state VNM");
  }
}
