package org.attache.store.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attache.model.ActorKind;

/**
 * Writes the contact network as GraphML (graphml.graphdrawing.org), which Gephi, yEd, NetworkX and
 * igraph open: a node per actor (person, organisation, state) with its {@code label}, {@code kind},
 * {@code code}, {@code country} (a state's code; for a person, that of the state or organisation of
 * their first post) and number of {@code events}; an undirected edge per pair of actors that share
 * an event (a meeting's participants, an agreement's parties, a speaker and whom it speaks of,
 * ...), with {@code weight} the number of events, their {@code types} and {@code years}, and the
 * {@code first} and {@code last} date.
 */
final class GraphmlExport {
  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

  private GraphmlExport() {}

  /** The events two actors share. */
  private static final class Contact {
    final String a;
    final String b;
    final Set<Long> events = new TreeSet<>();
    final Set<String> types = new TreeSet<>();
    final TreeSet<String> dates = new TreeSet<>();

    Contact(String a, String b) {
      this.a = a;
      this.b = b;
    }
  }

  /** Writes the graph and returns the number of edges. */
  static long write(Selection selection, Writer out) {
    Map<String, Contact> contacts = new LinkedHashMap<>();
    Map<String, Set<Long>> eventsOf = new LinkedHashMap<>();
    for (StoredEvent event : selection.events()) {
      for (StoredLink link : event.links()) {
        eventsOf.computeIfAbsent(link.actor(), id -> new TreeSet<>()).add(event.id());
      }
      for (Dyad dyad : Dyads.of(event)) {
        String a = dyad.source().actor();
        String b = dyad.target().actor();
        if (selection.actor(a).isEmpty() || selection.actor(b).isEmpty()) {
          continue;
        }
        boolean inOrder = StoredActor.ID_ORDER.compare(a, b) < 0;
        String first = inOrder ? a : b;
        String second = inOrder ? b : a;
        Contact contact =
            contacts.computeIfAbsent(first + " " + second, key -> new Contact(first, second));
        contact.events.add(event.id());
        contact.types.add(event.type());
        event.date().ifPresent(contact.dates::add);
      }
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      key(xml, "label", "node", "label", "string");
      key(xml, "kind", "node", "kind", "string");
      key(xml, "code", "node", "code", "string");
      key(xml, "country", "node", "country", "string");
      key(xml, "events", "node", "events", "int");
      key(xml, "weight", "edge", "weight", "double");
      key(xml, "types", "edge", "types", "string");
      key(xml, "years", "edge", "years", "string");
      key(xml, "first", "edge", "first", "string");
      key(xml, "last", "edge", "last", "string");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "contacts");
      xml.writeAttribute("edgedefault", "undirected");
      for (StoredActor actor : selection.actors().values()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("node");
        xml.writeAttribute("id", actor.id());
        data(xml, "label", actor.name());
        data(xml, "kind", FlatTables.kindName(actor));
        if (actor.code().isPresent()) {
          data(xml, "code", actor.code().get());
        }
        Optional<String> country = country(selection, actor);
        if (country.isPresent()) {
          data(xml, "country", country.get());
        }
        data(xml, "events", Integer.toString(eventsOf.getOrDefault(actor.id(), Set.of()).size()));
        xml.writeEndElement();
      }
      int edge = 0;
      for (Contact contact : contacts.values()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "c" + ++edge);
        xml.writeAttribute("source", contact.a);
        xml.writeAttribute("target", contact.b);
        data(xml, "weight", Integer.toString(contact.events.size()));
        data(xml, "types", String.join(" ", contact.types));
        Set<String> years = new TreeSet<>();
        contact.dates.forEach(d -> years.add(d.substring(0, 4)));
        if (!contact.dates.isEmpty()) {
          data(xml, "years", String.join(" ", years));
          data(xml, "first", contact.dates.first());
          data(xml, "last", contact.dates.last());
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      return contacts.size();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write GraphML: " + e.getMessage(), e);
    }
  }

  /** A state's code; for a person, the code of the state or organisation of their first post. */
  private static Optional<String> country(Selection selection, StoredActor actor) {
    if (actor.kind() != ActorKind.PERSON) {
      return actor.kind() == ActorKind.STATE ? actor.code() : Optional.empty();
    }
    return selection.memberships().stream()
        .filter(m -> m.person().equals(actor.id()))
        .flatMap(m -> m.organisation().stream())
        .flatMap(id -> selection.actor(id).stream())
        .flatMap(o -> o.code().stream())
        .findFirst();
  }

  private static void key(XMLStreamWriter xml, String id, String on, String name, String type)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", on);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, String value)
      throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
