package org.attache.pipeline;

/** What an {@link Analysis} holds once a stage has provided it. */
public enum Layer {
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
  HOSTS
}
