package org.attache.cli;

import picocli.CommandLine.Command;

/** The top command: only its subcommands do work. */
@Command(
    name = "attache",
    mixinStandardHelpOptions = true,
    version = "attache 0.1.0",
    description = "Extracts sourced records of diplomatic contacts from communiqués and news.",
    subcommands = {
      ExtractCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      ExplainCommand.class,
      IngestCommand.class,
      ReviewCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      UserCommand.class,
      SourcesCommand.class,
      WatchCommand.class
    })
public final class AttacheCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
