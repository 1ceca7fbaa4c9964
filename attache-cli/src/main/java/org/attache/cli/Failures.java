package org.attache.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a command's failure becomes a message and an exit status: {@code attache:
 * COMMAND: message} on the command's error writer and the status of its {@link ErrorCode} ({@link
 * ExitCodes}). A failure that carries no code is a fault of Attaché: its stack trace follows.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    ErrorCode code = codeOf(e);
    String prefix = "attache: " + topCommand(command).getCommandName() + ": ";
    if (code == ErrorCode.INTERNAL) {
      err.println(prefix + "internal error, please report it: " + e);
      e.printStackTrace(err);
    } else {
      err.println(prefix + e.getMessage());
    }
    err.flush();
    return ExitCodes.of(code);
  }

  static ErrorCode codeOf(Throwable e) {
    if (e instanceof AttacheException known) {
      return known.code();
    }
    if (e instanceof UncheckedIOException) {
      return ErrorCode.UNAVAILABLE;
    }
    return ErrorCode.INTERNAL;
  }

  /** The subcommand under {@code attache} that {@code command} belongs to. */
  private static CommandLine topCommand(CommandLine command) {
    CommandLine current = command;
    while (current.getParent() != null && current.getParent().getParent() != null) {
      current = current.getParent();
    }
    return current;
  }
}
