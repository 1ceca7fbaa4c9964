package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.model.RecordCodec;
import org.junit.jupiter.api.Test;

class RecordColumnsTest {
  private static final DocumentRecord RECORD =
      RecordCodec.fromJson(
          "{\"schema\":\"attache.record/1\",\"document\":{\"id\":\"x\",\"source\":\"s\","
              + "\"language\":\"en\",\"diplomatic\":true},\"actors\":["
              + "{\"id\":\"a1\",\"kind\":\"state\",\"name\":\"China\",\"code\":\"CHN\"},"
              + "{\"id\":\"a2\",\"kind\":\"person\",\"name\":\"Vladimir Norov\"},"
              + "{\"id\":\"a3\",\"kind\":\"organisation\",\"name\":\"Shanghai Cooperation"
              + " Organisation\",\"code\":\"SCO\"},"
              + "{\"id\":\"a4\",\"kind\":\"organisation\",\"name\":\"SCO Secretariat\"},"
              + "{\"id\":\"a5\",\"kind\":\"state\",\"name\":\"Brunei Darussalam\",\"code\":\"BRN\"},"
              + "{\"id\":\"a6\",\"kind\":\"person\",\"name\":\"Dato Erywan\"}],"
              + "\"events\":[{\"type\":\"meeting\",\"id\":\"e1\",\"confidence\":0.9},"
              + "{\"type\":\"agreement\",\"id\":\"e2\",\"instrument\":\"treaty\",\"confidence\":0.5},"
              + "{\"type\":\"meeting\",\"id\":\"e3\",\"confidence\":0.9}]}");

  @Test
  void eventTypesAreTheNamesOfRecordsMdOnceEachInOrder() {
    assertThat(RecordColumns.eventTypes(RECORD)).containsExactly("agreement", "meeting");
  }

  @Test
  void stateCodesAreSorted() {
    assertThat(RecordColumns.stateCodes(RECORD)).containsExactly("BRN", "CHN");
  }

  @Test
  void organisationCodesLeaveOutOrganisationsWithoutOne() {
    assertThat(RecordColumns.organisationCodes(RECORD)).containsExactly("SCO");
  }

  @Test
  void peopleAreTheNamesOfThePersons() {
    assertThat(RecordColumns.people(RECORD)).containsExactly("Dato Erywan", "Vladimir Norov");
  }
}
