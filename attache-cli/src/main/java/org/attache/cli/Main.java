package org.attache.cli;

import picocli.CommandLine;

/** Entry point of the {@code attache} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new AttacheCommand()).execute(args));
  }
}
