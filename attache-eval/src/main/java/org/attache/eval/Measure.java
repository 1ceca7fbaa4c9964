package org.attache.eval;

/** A figure of a report: precision, recall and F1 counts, or an accuracy. */
sealed interface Measure permits Score, Accuracy {}
