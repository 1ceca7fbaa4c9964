package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Test;

/** The workspace's iCalendar feeds, parsed back by ical4j. */
class CoordinationCalendarTest {
  private static final TestingWorkspace WORKSPACE = TestingWorkspace.get();

  private static Http.Answer post(Http.Session s, String path, String json) {
    Http.Answer answer =
        Http.post(WORKSPACE.uri(path), json, "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
    assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
    return answer;
  }

  static Calendar parse(String feed) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(feed));
  }

  private static String value(Component component, String property) {
    return component.getProperty(property).map(Property::getValue).orElse("");
  }

  /** How many days before its event an alarm rings, by its trigger ("-P3D", "-P1W"). */
  static long daysBefore(VAlarm alarm) {
    Trigger trigger = alarm.getProperty(Property.TRIGGER).map(Trigger.class::cast).orElseThrow();
    LocalDate day = LocalDate.of(2000, 1, 31);
    return ChronoUnit.DAYS.between(day.plus(trigger.getDuration()), day);
  }

  private static Http.Answer get(String path) {
    return Http.send(HttpRequest.newBuilder(WORKSPACE.uri(path)).GET());
  }

  @Test
  void aPlansFeedHoldsItsDatedItemsWithTheirAlarmsAndLinksBack() throws Exception {
    Http.Session sco = WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR);
    long plan =
        post(
                sco,
                "/api/coordination/plans",
                "{\"title\": \"Calendar of joint events\", \"parties\": [\"SCO\", \"ASEAN\"],"
                    + " \"period_from\": \"2021\", \"period_to\": \"2022\"}")
            .json()
            .get("id")
            .asLong();
    String items = "/api/coordination/plans/" + plan + "/items";
    long consultations =
        post(
                sco,
                items,
                "{\"title\": \"Consultations\", \"kind\": \"meeting\", \"planned_from\":"
                    + " \"2021-02\", \"place\": \"Beijing\"}")
            .json()
            .get("id")
            .asLong();
    post(
        sco,
        items,
        "{\"title\": \"Tourism forum\", \"kind\": \"conference\", \"planned_from\":"
            + " \"2022-05-10\", \"planned_to\": \"2022-05-12\", \"place\": \"Jakarta\","
            + " \"parties\": [\"ASEAN\"]}");
    post(sco, items, "{\"title\": \"Joint publication\", \"kind\": \"publication\"}");

    Http.Answer answer = get("/api/coordination/plans/" + plan + "/calendar.ics?alarm=3");
    assertThat(answer.header("Content-Type")).contains("text/calendar; charset=utf-8");
    Calendar calendar = parse(answer.body());
    assertThat(calendar.validate().getEntries()).isEmpty();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events)
        .extracting(
            e -> value(e, Property.SUMMARY),
            e -> value(e, Property.DTSTART),
            e -> value(e, Property.DTEND),
            e -> value(e, Property.LOCATION),
            e -> value(e, Property.STATUS))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Consultations", "20210201", "20210301", "Beijing", "TENTATIVE"),
            org.assertj.core.groups.Tuple.tuple(
                "Tourism forum", "20220510", "20220513", "Jakarta", "TENTATIVE"));
    VEvent first = events.get(0);
    assertThat(value(first, Property.URL))
        .isEqualTo(WORKSPACE.url("/coordination/plans/" + plan + "#item-" + consultations));
    assertThat(value(first, Property.UID)).isEqualTo("attache-item-" + consultations);
    for (VEvent event : events) {
      List<VAlarm> alarms = event.getAlarms();
      assertThat(alarms).hasSize(1);
      assertThat(daysBefore(alarms.get(0))).isEqualTo(3);
      assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
    }
    assertThat(value(events.get(0).getAlarms().get(0), Property.DESCRIPTION))
        .isEqualTo("Consultations in 3 days (Calendar of joint events)");

    List<VEvent> asean =
        parse(get("/api/coordination/parties/ASEAN/calendar.ics").body())
            .getComponents(Component.VEVENT);
    assertThat(asean)
        .extracting(e -> value(e, Property.SUMMARY))
        .contains("Consultations", "Tourism forum");
    assertThat(daysBefore(asean.get(0).getAlarms().get(0))).isEqualTo(7);
    List<VEvent> scoOnly =
        parse(get("/api/coordination/parties/SCO/calendar.ics").body())
            .getComponents(Component.VEVENT);
    assertThat(scoOnly).extracting(e -> value(e, Property.SUMMARY)).contains("Consultations");
    assertThat(scoOnly).extracting(e -> value(e, Property.SUMMARY)).doesNotContain("Tourism forum");
    List<VEvent> all =
        parse(get("/api/coordination/calendar.ics").body()).getComponents(Component.VEVENT);
    assertThat(all)
        .extracting(e -> value(e, Property.UID))
        .contains("attache-item-" + consultations);
  }

  @Test
  void anAlarmOutOfRangeIsRefused() {
    Http.Answer refused = get("/api/coordination/calendar.ics?alarm=400");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("'alarm' must be between 0 and 365: 400");
  }
}
