package org.attache.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sends each document to the analysis of its language: one pipeline per language, built the first
 * time a document of that language arrives (so that a language's models are loaded only when
 * needed), and the same pipeline for every later document of it. A document in a language that
 * Attaché does not read goes through no stage: its record says its language and holds nothing. Text
 * with no letters ({@code und}) goes to the English pipeline. Thread-safe.
 */
public final class LanguageDispatch {
  /** The pipeline of a language Attaché does not read: no stage, so no actor and no event. */
  public static final Pipeline UNREAD = new Pipeline(List.of());

  private final Map<String, Supplier<Pipeline>> suppliers;
  private final Map<String, Pipeline> built = new ConcurrentHashMap<>();

  private LanguageDispatch(Map<String, Supplier<Pipeline>> suppliers) {
    this.suppliers = Map.copyOf(suppliers);
  }

  /** English through {@code english}, no other language read. */
  public static LanguageDispatch english(Pipeline english) {
    requireNonNull(english, "english is null");
    return new LanguageDispatch(Map.of("en", () -> english, "und", () -> english));
  }

  /**
   * The same dispatch, with documents of {@code language} (ISO 639-1) read by the pipeline that
   * {@code pipeline} builds on the first such document.
   */
  public LanguageDispatch with(String language, Supplier<Pipeline> pipeline) {
    requireNonNull(language, "language is null");
    requireNonNull(pipeline, "pipeline is null");
    Map<String, Supplier<Pipeline>> more = new TreeMap<>(suppliers);
    more.put(language, pipeline);
    return new LanguageDispatch(more);
  }

  /** The pipeline for documents of a language: built now if it is the first of that language. */
  public Pipeline pipelineFor(String language) {
    Supplier<Pipeline> supplier = suppliers.get(language);
    if (supplier == null) {
      return UNREAD;
    }
    return built.computeIfAbsent(
        language,
        code -> requireNonNull(supplier.get(), () -> "The pipeline for '" + code + "' is null"));
  }

  /** Whether Attaché reads documents of a language. */
  public boolean reads(String language) {
    return suppliers.containsKey(language);
  }

  /** The languages read, in order of their codes. */
  public List<String> languages() {
    return suppliers.keySet().stream().filter(code -> !code.equals("und")).sorted().toList();
  }
}
