package org.attache.store;

/**
 * Communiqués written for the store's tests (the people are invented): two reports of one meeting
 * of 13-14 March 2023, and a later meeting of the same two people.
 */
public final class TestingDocuments {
  public static final String FIRST =
      """
      TITLE: Foreign Minister of Kazakhstan meets Ambassador of Japan
      DATE: 2023-03-14
      SOURCE: https://example.org/a
      ---
      Astana, 14 March 2023 - Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with \
      Ambassador of Japan to Kazakhstan Yasushi Kaneko on 14 March 2023. The parties discussed \
      trade and investment.
      """;

  public static final String SECOND =
      """
      TITLE: Japan and Kazakhstan discuss cooperation
      DATE: 2023-03-15
      SOURCE: https://example.org/b
      ---
      On 13 March 2023, Ambassador of Japan Yasushi Kaneko was received by Minister of Foreign \
      Affairs of Kazakhstan Murat Nurtleu in Astana. They discussed bilateral relations.
      """;

  public static final String LATER =
      """
      TITLE: Kazakhstan and Japan continue their dialogue
      DATE: 2023-04-21
      SOURCE: https://example.org/c
      ---
      On 20 April 2023, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with \
      Ambassador of Japan Yasushi Kaneko to review the preparations for the business forum.
      """;

  private TestingDocuments() {}
}
