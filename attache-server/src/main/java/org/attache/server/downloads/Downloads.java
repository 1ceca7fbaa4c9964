package org.attache.server.downloads;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.store.export.ExportFilter;
import org.attache.store.export.ExportFormat;
import org.attache.store.export.ExportSummary;
import org.attache.store.export.Exporter;
import org.attache.store.query.events.Events;

/**
 * {@code GET /api/export}: what the events page shows, as {@code attache export} writes it. The
 * filters are those of the events page and {@code /api/events} ({@code type}, {@code actor}, {@code
 * with}, {@code area}, {@code from}, {@code to}), without paging; {@code format} is one of the
 * export's formats. A stream format comes as one file, the bytes the command writes; a folder
 * format (csv, parquet) as a zip of the files the command writes.
 */
public final class Downloads {
  /** The time of every zip entry, so that the same export gives the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private final Exporter exporter;

  private Downloads(Exporter exporter) {
    this.exporter = requireNonNull(exporter, "exporter is null");
  }

  public static void register(Routes routes, Exporter exporter) {
    routes.apiGet("/api/export", new Downloads(exporter)::send);
  }

  /** The filter a request gives, read as {@code /api/events} reads it. */
  public static ExportFilter filter(Context ctx) {
    List<String> parties = new ArrayList<>();
    Params.actor(ctx, "actor").ifPresent(parties::add);
    Params.actor(ctx, "with").ifPresent(parties::add);
    return new ExportFilter(
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        Optional.empty(),
        Params.oneOf(ctx, "type", Events.TYPES).map(Set::of).orElse(Set.of()),
        parties,
        Params.text(ctx, "area"));
  }

  /**
   * The address that downloads, in a format, the events that a page with these filters shows.
   *
   * @param filters the page's query parameters, each as {@code &name=value} with the value encoded
   */
  public static String href(ExportFormat format, String filters) {
    return "/api/export?format=" + format.code() + filters;
  }

  /**
   * Sends the export a request asks for. It is written to a temporary file first, so that a failure
   * gives an error answer rather than half a file, and sent from there.
   */
  private void send(Context ctx) {
    String code =
        Params.text(ctx, "format")
            .orElseThrow(
                () ->
                    Refusal.BAD_REQUEST.because(
                        "Give a format in 'format': jsonl, csv, parquet, plover, popolo or"
                            + " graphml"));
    ExportFormat format = ExportFormat.parse(code);
    ExportFilter filter = filter(ctx);
    Path folder = null;
    try {
      folder = Files.createTempDirectory("attache-export-");
      Path file;
      String name;
      if (format.folder()) {
        file = zipped(format, filter, folder);
        name = "attache-events-" + format.code() + ".zip";
      } else {
        file = folder.resolve("export");
        exporter.export(format, filter, file);
        name = "attache-events" + extension(format);
      }
      InputStream content = Files.newInputStream(file);
      ctx.contentType(contentType(format));
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
      ctx.result(content); // the server closes it once sent
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the " + format.code() + " export", e);
    } finally {
      if (folder != null) {
        delete(folder); // an open file stays readable until closed
      }
    }
  }

  /** Writes a folder format, then its files as a zip, in their order; returns the zip. */
  private Path zipped(ExportFormat format, ExportFilter filter, Path folder) throws IOException {
    ExportSummary summary = exporter.export(format, filter, folder.resolve(format.code()));
    Path file = folder.resolve("export.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), UTF_8)) {
      for (Path written : summary.files()) {
        ZipEntry entry = new ZipEntry(written.getFileName().toString());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        Files.copy(written, zip);
        zip.closeEntry();
      }
    }
    return file;
  }

  private static void delete(Path folder) {
    try (Stream<Path> tree = Files.walk(folder)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the temporary export " + folder, e);
    }
  }

  private static String contentType(ExportFormat format) {
    return switch (format) {
      case JSONL, PLOVER -> "application/jsonl; charset=utf-8";
      case POPOLO -> "application/json; charset=utf-8";
      case GRAPHML -> "application/graphml+xml; charset=utf-8";
      case CSV, PARQUET -> "application/zip";
    };
  }

  private static String extension(ExportFormat format) {
    return switch (format) {
      case JSONL -> ".jsonl";
      case PLOVER -> "-plover.jsonl";
      case POPOLO -> "-popolo.json";
      case GRAPHML -> ".graphml";
      case CSV, PARQUET -> ".zip";
    };
  }
}
