package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.model.error.AttacheException;
import org.attache.store.export.ExportFilter;
import org.attache.store.export.ExportFormat;
import org.attache.store.export.ExportSummary;
import org.attache.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache export}: writes what the store holds in a format for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the store's events, merged over their sources and with every reviewed field"
          + " applied.",
      "Formats: jsonl (records as JSON Lines, one event with its actors and sources a line),"
          + " csv and parquet (a folder of tables: events, dyads, actors, sources, memberships),"
          + " plover (PLOVER events as JSON Lines), popolo (Popolo JSON: persons, organizations,"
          + " memberships), graphml (the contact network, for Gephi).",
      "jsonl, plover, popolo and graphml go to standard output unless --out names a file;"
          + " csv and parquet need --out FOLDER. A summary goes to stderr."
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "jsonl, csv, parquet, plover, popolo or graphml.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description = "The file, or for csv and parquet the folder, to write.")
  Path out;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only events on or after DATE (2021, 2021-02 or 2021-02-08).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only events on or before DATE (2021, 2021-02 or 2021-02-08).")
  String to;

  @Option(
      names = "--actor",
      paramLabel = "NAME_OR_CODE",
      description =
          "Only events of this person, state or organisation, by name or code (case ignored);"
              + " a state's or organisation's code also finds those acting on its behalf.")
  String actor;

  @Option(
      names = "--type",
      split = ",",
      paramLabel = "TYPE",
      description =
          "Only events of these types: meeting, statement, agreement, plan, priorities,"
              + " establishment (repeat or separate with commas).")
  List<String> types = List.of();

  @Option(
      names = "--party",
      paramLabel = "ACTOR",
      description =
          "Only events where this actor is a party, by the key the pages and the API give it"
              + " (person:12, organisation:3); twice for the events of a pair.")
  List<String> parties = List.of();

  @Option(
      names = "--area",
      paramLabel = "AREA",
      description = "Only events in this area (its code, as the pages show it).")
  String area;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    {
      ExportFormat chosen = ExportFormat.parse(format);
      ExportFilter filter =
          new ExportFilter(
              Optional.ofNullable(from),
              Optional.ofNullable(to),
              Optional.ofNullable(actor),
              new LinkedHashSet<>(
                  types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList()),
              parties.stream().map(String::strip).toList(),
              Optional.ofNullable(area));
      if (chosen.folder() && out == null) {
        throw AttacheException.badInput(
            "The " + chosen.code() + " export is a folder of files: give --out FOLDER");
      }
      try (StoreOptions.Store opened = store.open()) {
        Exporter exporter = new Exporter(opened.database());
        ExportSummary summary =
            out == null
                ? exporter.export(chosen, filter, new NonClosingWriter(spec.commandLine().getOut()))
                : exporter.export(chosen, filter, out);
        err.println(
            String.format(
                Locale.ROOT,
                "attache: export: %,d events selected, %,d %s written%s",
                summary.events(),
                summary.written(),
                chosen == ExportFormat.POPOLO
                    ? "people"
                    : chosen == ExportFormat.GRAPHML ? "contacts" : "events",
                out == null ? "" : " to " + out));
        err.flush();
        return ExitCodes.OK;
      }
    }
  }
}
