package org.attache.cli;

import picocli.CommandLine;

/** Entry point of the {@code attache} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The {@code attache} command with its one handler of failures. */
  public static CommandLine commandLine() {
    return new CommandLine(new AttacheCommand()).setExecutionExceptionHandler(new Failures());
  }
}
