/**
 * The knowledge base of Attaché: states with their ISO codes, names, demonyms and cities;
 * organisations with their acronyms, seats and members; post titles with their normalised forms;
 * the wording of the areas of cooperation ({@link org.attache.knowledge.AreaLexicon}) and the words
 * of reported speech with their stances ({@link org.attache.knowledge.StanceLexicon}); and {@link
 * org.attache.knowledge.PhraseMatcher}, which finds all of them in a text in one pass.
 *
 * <p>The facts live in data files beside the classes ({@code states.tsv}, {@code
 * organisations.tsv}, {@code posts.tsv}, {@code areas.tsv}, {@code stance-words.tsv}), each naming
 * its sources; {@link org.attache.knowledge.KnowledgeBase#standard()} reads them once.
 */
package org.attache.knowledge;
