package org.attache.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Event;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.mentions.Mentions;
import org.attache.pipeline.nlp.AnnotatedText;
import org.attache.pipeline.read.SourceDocument;

/**
 * What the extractor knows about one document after some stages. Immutable: each stage returns a
 * new value with the layers it provides.
 *
 * @param document the document as read
 * @param text the text the stages read; every span indexes into it
 */
public record Analysis(
    SourceDocument document,
    String text,
    Optional<AnnotatedText> annotated,
    Optional<Mentions> mentions,
    Optional<ActorTable> actors,
    List<Event> events,
    Set<Layer> layers) {
  public Analysis {
    requireNonNull(document, "document is null");
    requireNonNull(text, "text is null");
    annotated = annotated == null ? Optional.empty() : annotated;
    mentions = mentions == null ? Optional.empty() : mentions;
    actors = actors == null ? Optional.empty() : actors;
    events = List.copyOf(events);
    Set<Layer> copy = EnumSet.noneOf(Layer.class);
    copy.addAll(layers);
    layers = Set.copyOf(copy);
  }

  /** A fresh analysis of a document: nothing but its text. */
  public static Analysis of(SourceDocument document, String text) {
    return new Analysis(
        document, text, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Set.of());
  }

  public AnnotatedText annotatedText() {
    return annotated.orElseThrow(() -> missing(Layer.SENTENCES));
  }

  public Mentions mentionList() {
    return mentions.orElseThrow(() -> missing(Layer.MENTIONS));
  }

  public ActorTable actorTable() {
    return actors.orElseThrow(() -> missing(Layer.ACTORS));
  }

  public Analysis withAnnotated(AnnotatedText value) {
    return new Analysis(
        document, text, Optional.of(value), mentions, actors, events, plus(Layer.SENTENCES));
  }

  public Analysis withMentions(Mentions value) {
    return new Analysis(
        document, text, annotated, Optional.of(value), actors, events, plus(Layer.MENTIONS));
  }

  public Analysis withActors(ActorTable value) {
    return new Analysis(
        document, text, annotated, mentions, Optional.of(value), events, plus(Layer.ACTORS));
  }

  /** Adds events and marks the given layer as provided. */
  public Analysis withEvents(Layer layer, List<? extends Event> added) {
    List<Event> all = new ArrayList<>(events);
    all.addAll(added);
    return new Analysis(document, text, annotated, mentions, actors, all, plus(layer));
  }

  /** Replaces all events (a stage that revises earlier events) and marks the layer provided. */
  public Analysis withRevisedEvents(Layer layer, List<? extends Event> revised) {
    return new Analysis(
        document, text, annotated, mentions, actors, List.copyOf(revised), plus(layer));
  }

  private Set<Layer> plus(Layer layer) {
    Set<Layer> more = EnumSet.of(layer);
    more.addAll(layers);
    return more;
  }

  private IllegalStateException missing(Layer layer) {
    return new IllegalStateException(
        "No " + layer + " layer yet for " + document.source() + ": a stage ran out of order");
  }
}
