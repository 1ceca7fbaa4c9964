package org.attache.pipeline.analysis;

import java.util.Arrays;
import java.util.EnumSet;

/** What an {@link Analysis} holds once a stage has provided it. */
public enum Layer {
  /** The sentences triage kept for the stages to read; the others are blanked. */
  SELECTION,
  /** Sentences and tagged tokens. */
  SENTENCES,
  /** Knowledge-base phrases, person names, post titles and dates found in the text. */
  MENTIONS,
  /** People with their posts, states and organisations, resolved across the document. */
  ACTORS,
  /** Meetings, visits, talks, calls and receptions, with the sides the text names. */
  MEETINGS,
  /** The states that office holders serve where the text leaves it to be inferred. */
  AFFILIATIONS,
  /** Meetings with their hosts and guests settled. */
  HOSTS,
  /** Instruments signed, in force or under negotiation, with their parties and areas. */
  AGREEMENTS,
  /** Joint plans, programmes and road maps, linked to the agreements they implement. */
  PLANS,
  /** Reported speech acts: who said what, in which spirit, about whom. */
  STATEMENTS,
  /** The priorities an actor sets out for a chairmanship or a period. */
  PRIORITIES,
  /** The founding of organisations and bodies. */
  ESTABLISHMENTS,
  /** Events kept only where the document reports contact between states or organisations. */
  DIPLOMATIC,
  /** CAMEO and PLOVER codes on the events where a mapping exists. */
  CODES;

  /**
   * The layers after which every kind of event is complete (meetings with their hosts settled,
   * agreements, plans, statements, priorities, establishments), with {@code others}: what a stage
   * over all the events requires.
   */
  public static EnumSet<Layer> everyEvent(Layer... others) {
    EnumSet<Layer> layers =
        EnumSet.of(HOSTS, AGREEMENTS, PLANS, STATEMENTS, PRIORITIES, ESTABLISHMENTS);
    layers.addAll(Arrays.asList(others));
    return layers;
  }
}
