package org.attache.server.coordination;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.attache.store.coordination.ItemStatus;
import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.JointPlan;

/**
 * Plans' items as an iCalendar feed (RFC 5545), written by ical4j: each item with a planned date is
 * an all-day event over its planned period, with an alarm a set number of days before, its status
 * (tentative while proposed, cancelled, confirmed otherwise), its place, and the address of its
 * page. An item's UID stays the same, so that a calendar that subscribes updates it in place.
 */
final class Calendars {
  private Calendars() {}

  /**
   * A feed of the items of some plans that {@code party} holds (every item when empty).
   *
   * @param name the feed's name, for the calendar application
   * @param base the site's address, for the links back: http://host:port
   * @param alarmDays how many days before an item its alarm rings
   */
  static String feed(
      String name, List<JointPlan> plans, Optional<String> party, String base, int alarmDays) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Attaché//Coordination workspace//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    for (JointPlan plan : plans) {
      for (JointItem item : plan.items()) {
        if (item.plannedStart().isPresent()
            && party.map(p -> plan.partiesOf(item).contains(p)).orElse(true)) {
          calendar.add(event(plan, item, base, alarmDays));
        }
      }
    }
    return calendar.toString();
  }

  private static VEvent event(JointPlan plan, JointItem item, String base, int alarmDays) {
    LocalDate start = item.plannedStart().orElseThrow();
    LocalDate end = item.plannedEnd().orElseThrow().plusDays(1);
    VEvent event = new VEvent(start, end, item.title());
    event.replace(new DtStamp(plan.createdAt().atOffset(ZoneOffset.UTC).toInstant()));
    event.add(new Uid("attache-item-" + item.id()));
    event.add(
        new Url(URI.create(base + "/coordination/plans/" + plan.id() + "#item-" + item.id())));
    event.add(new Categories(item.kind().code()));
    event.add(status(item.status()));
    item.place().ifPresent(place -> event.add(new Location(place)));
    event.add(new Description(description(plan, item)));
    VAlarm alarm = new VAlarm(Duration.ofDays(-alarmDays));
    alarm.add(ImmutableAction.DISPLAY);
    alarm.add(new Description(item.title() + " in " + alarmDays + " days (" + plan.title() + ")"));
    event.add(alarm);
    return event;
  }

  private static Status status(ItemStatus status) {
    return switch (status) {
      case PROPOSED -> ImmutableStatus.VEVENT_TENTATIVE;
      case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
      default -> ImmutableStatus.VEVENT_CONFIRMED;
    };
  }

  private static String description(JointPlan plan, JointItem item) {
    List<String> lines = new ArrayList<>();
    lines.add(plan.title() + " (" + String.join(", ", plan.parties()) + ", " + plan.period() + ")");
    lines.add("Status: " + item.status().code() + (item.overdue() ? ", overdue" : ""));
    lines.add("Parties: " + String.join(", ", plan.partiesOf(item)));
    item.responsible().ifPresent(r -> lines.add("Responsible: " + r));
    item.heldOn().ifPresent(h -> lines.add("Held on " + h));
    item.notes().ifPresent(lines::add);
    return String.join("\n", lines);
  }
}
