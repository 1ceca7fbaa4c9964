package org.attache.pipeline.time;

import java.util.Arrays;

/**
 * A text cut into words (runs of letters), numbers (runs of ASCII digits) and single symbols, with
 * their offsets; whitespace separates tokens and is not one. Every accessor accepts any index and
 * answers "no" past either end, so that the grammar can look ahead without bounds checks.
 */
final class Tokens {
  private static final byte WORD = 0;
  private static final byte NUMBER = 1;
  private static final byte SYMBOL = 2;

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  private Lexicon.Word[] words;

  Tokens(String text) {
    this.text = text;
    int capacity = Math.max(16, Math.min(text.length() / 3 + 1, 1 << 16));
    starts = new int[capacity];
    ends = new int[capacity];
    types = new byte[capacity];
    words = new Lexicon.Word[capacity];
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        int j = i + 1;
        while (j < n && isDigit(text.charAt(j))) {
          j++;
        }
        add(i, j, NUMBER, Lexicon.NONE);
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        add(i, j, WORD, Lexicon.lookup(text, i, j));
        i = j;
      } else {
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          add(i, i + 1, SYMBOL, Lexicon.NONE);
        }
        i++;
      }
    }
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && types[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && types[i] == NUMBER;
  }

  /** Whether token {@code i} is the symbol {@code symbol}. */
  boolean isSymbol(int i, char symbol) {
    return i >= 0 && i < size && types[i] == SYMBOL && text.charAt(starts[i]) == symbol;
  }

  /** Whether token {@code i} is a symbol among {@code symbols}. */
  boolean isSymbolIn(int i, String symbols) {
    return i >= 0 && i < size && types[i] == SYMBOL && symbols.indexOf(text.charAt(starts[i])) >= 0;
  }

  /** Whether token {@code i} is a word of the given {@link Lexicon} class. */
  boolean is(int i, int wordClass) {
    return isWord(i) && words[i].is(wordClass);
  }

  /** The {@link Lexicon} value of word {@code i}. */
  int wordValue(int i) {
    return words[i].value();
  }

  /** Whether word {@code i} starts with a capital letter. */
  boolean capitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** The number of digits of number {@code i}. */
  int digits(int i) {
    return ends[i] - starts[i];
  }

  /** The value of number {@code i}, or -1 if it has more than nine digits. */
  int value(int i) {
    int length = ends[i] - starts[i];
    if (length > 9) {
      return -1;
    }
    int value = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      value = value * 10 + (text.charAt(k) - '0');
    }
    return value;
  }

  /** Whether token {@code i} touches the token before it, with no whitespace between. */
  boolean touchesPrevious(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  private void add(int start, int end, byte type, Lexicon.Word word) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      types = Arrays.copyOf(types, capacity);
      words = Arrays.copyOf(words, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = type;
    words[size] = word;
    size++;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
