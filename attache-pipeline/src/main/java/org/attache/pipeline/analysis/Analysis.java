package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.attache.model.Event;
import org.attache.pipeline.read.SourceDocument;

/**
 * What the extractor knows about one document after some stages. Immutable: each stage returns a
 * new value with the layers it provides.
 *
 * <p>While a stage runs, the pipeline hands it the analysis {@linkplain #readBy read by} that
 * stage: asking for a layer the stage does not declare in {@link Stage#requires()} fails with a
 * message naming the stage and the layer, so that a declaration cannot drift from what the stage
 * reads. The text and the document are open to every stage.
 */
public final class Analysis {
  /** The layers whose values are events: a stage reads {@link #events()} by requiring one. */
  private static final Set<Layer> EVENT_LAYERS =
      EnumSet.complementOf(
          EnumSet.of(Layer.SELECTION, Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS));

  private final SourceDocument document;
  private final String text;
  private final String language;
  private final Optional<Selected> selected;
  private final Optional<AnnotatedText> annotated;
  private final Optional<Mentions> mentions;
  private final Optional<ActorTable> actors;
  private final List<Event> events;
  private final Set<Layer> layers;
  private final boolean closed;
  private final Optional<Reader> reader;

  /** The stage reading this analysis and the layers it declares. */
  private record Reader(String stage, Set<Layer> declared) {}

  private Analysis(Parts parts) {
    this.document = requireNonNull(parts.document, "document is null");
    this.text = requireNonNull(parts.text, "text is null");
    this.language = requireNonNull(parts.language, "language is null");
    this.selected = requireNonNull(parts.selected, "selected is null");
    this.annotated = requireNonNull(parts.annotated, "annotated is null");
    this.mentions = requireNonNull(parts.mentions, "mentions is null");
    this.actors = requireNonNull(parts.actors, "actors is null");
    this.events = List.copyOf(parts.events);
    Set<Layer> copy = EnumSet.noneOf(Layer.class);
    copy.addAll(parts.layers);
    this.layers = Set.copyOf(copy);
    this.closed = parts.closed;
    this.reader = requireNonNull(parts.reader, "reader is null");
  }

  /** A fresh analysis of a document in English: nothing but its text. */
  public static Analysis of(SourceDocument document, String text) {
    return of(document, text, "en");
  }

  /**
   * A fresh analysis of a document: nothing but its text and its language.
   *
   * @param language the ISO 639-1 code of the text's language, or {@code und}
   */
  public static Analysis of(SourceDocument document, String text, String language) {
    return new Analysis(new Parts(document, text, language));
  }

  /** The document as read. */
  public SourceDocument document() {
    return document;
  }

  /** The text the stages read; every span indexes into it. */
  public String text() {
    return text;
  }

  /** The ISO 639-1 code of the text's language, or {@code und} where it cannot be told. */
  public String language() {
    return language;
  }

  /** The layers provided so far. */
  public Set<Layer> layers() {
    return layers;
  }

  /** Whether a stage found that the document can hold no record: the stages after it do not run. */
  public boolean closed() {
    return closed;
  }

  /** How many sentences triage looked at and kept, where it ran. */
  public Optional<Selected> selected() {
    return selected;
  }

  public AnnotatedText annotatedText() {
    check(Layer.SENTENCES);
    return annotated.orElseThrow(() -> missing(Layer.SENTENCES));
  }

  public Mentions mentionList() {
    check(Layer.MENTIONS);
    return mentions.orElseThrow(() -> missing(Layer.MENTIONS));
  }

  public ActorTable actorTable() {
    check(Layer.ACTORS);
    return actors.orElseThrow(() -> missing(Layer.ACTORS));
  }

  /** The actor table where a stage has provided one: for what is built after the stages. */
  public Optional<ActorTable> actorsIfAny() {
    check(Layer.ACTORS);
    return actors;
  }

  /** The number of tokens annotated, or 0 before annotation. */
  public int tokenCount() {
    return annotated.map(AnnotatedText::tokenCount).orElse(0);
  }

  /** The events found so far, in the order the stages added them. */
  public List<Event> events() {
    if (reader.isPresent() && reader.get().declared().stream().noneMatch(EVENT_LAYERS::contains)) {
      throw undeclared("events (one of " + EVENT_LAYERS + ")");
    }
    return events;
  }

  /** This analysis as {@code stage} reads it: layers it does not require are closed to it. */
  public Analysis readBy(Stage stage) {
    Reader next = new Reader(stage.name(), Set.copyOf(stage.requires()));
    return with(parts -> parts.reader = Optional.of(next));
  }

  /** This analysis open to every reader again, once a stage has returned it. */
  public Analysis unread() {
    return reader.isEmpty() ? this : with(parts -> parts.reader = Optional.empty());
  }

  /** The sentences that triage kept: {@code text} blanks the others at their places. */
  public Analysis withSelection(String text, Selected value) {
    return with(
        parts -> {
          parts.text = text;
          parts.selected = Optional.of(value);
          parts.layers = plus(Layer.SELECTION);
        });
  }

  /** The document can hold no record: the stages after this one do not run. */
  public Analysis close() {
    return with(parts -> parts.closed = true);
  }

  public Analysis withAnnotated(AnnotatedText value) {
    return provide(Layer.SENTENCES, parts -> parts.annotated = Optional.of(value));
  }

  public Analysis withMentions(Mentions value) {
    return provide(Layer.MENTIONS, parts -> parts.mentions = Optional.of(value));
  }

  public Analysis withActors(ActorTable value) {
    return provide(Layer.ACTORS, parts -> parts.actors = Optional.of(value));
  }

  /** Adds events and marks the given layer as provided. */
  public Analysis withEvents(Layer layer, List<? extends Event> added) {
    List<Event> all = new ArrayList<>(events);
    all.addAll(added);
    return provide(layer, parts -> parts.events = all);
  }

  /** Replaces all events (a stage that revises earlier events) and marks the layer provided. */
  public Analysis withRevisedEvents(Layer layer, List<? extends Event> revised) {
    return provide(layer, parts -> parts.events = List.copyOf(revised));
  }

  /** This analysis with {@code change} made to its parts and {@code layer} provided. */
  private Analysis provide(Layer layer, Consumer<Parts> change) {
    return with(
        parts -> {
          change.accept(parts);
          parts.layers = plus(layer);
        });
  }

  /** This analysis with {@code change} made to a copy of its parts. */
  private Analysis with(Consumer<Parts> change) {
    Parts parts = new Parts(this);
    change.accept(parts);
    return new Analysis(parts);
  }

  private Set<Layer> plus(Layer layer) {
    Set<Layer> more = EnumSet.of(layer);
    more.addAll(layers);
    return more;
  }

  private void check(Layer layer) {
    if (reader.isPresent() && !reader.get().declared().contains(layer)) {
      throw undeclared(layer.toString());
    }
  }

  private IllegalStateException undeclared(String what) {
    Reader r = reader.orElseThrow();
    return new IllegalStateException(
        "Stage '"
            + r.stage()
            + "' reads "
            + what
            + " but does not declare it in requires() "
            + r.declared());
  }

  private IllegalStateException missing(Layer layer) {
    return new IllegalStateException(
        "No " + layer + " layer yet for " + document.source() + ": a stage ran out of order");
  }

  /** The values of an analysis while the next one is made from them. */
  private static final class Parts {
    private final SourceDocument document;
    private String text;
    private final String language;
    private Optional<Selected> selected = Optional.empty();
    private Optional<AnnotatedText> annotated = Optional.empty();
    private Optional<Mentions> mentions = Optional.empty();
    private Optional<ActorTable> actors = Optional.empty();
    private List<Event> events = List.of();
    private Set<Layer> layers = Set.of();
    private boolean closed;
    private Optional<Reader> reader = Optional.empty();

    Parts(SourceDocument document, String text, String language) {
      this.document = document;
      this.text = text;
      this.language = language;
    }

    Parts(Analysis analysis) {
      this(analysis.document, analysis.text, analysis.language);
      selected = analysis.selected;
      annotated = analysis.annotated;
      mentions = analysis.mentions;
      actors = analysis.actors;
      events = analysis.events;
      layers = analysis.layers;
      closed = analysis.closed;
      reader = analysis.reader;
    }
  }
}
