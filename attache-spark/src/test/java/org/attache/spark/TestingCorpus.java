package org.attache.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attache.model.RecordCodec;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;

/**
 * A few communiqués written by the team for these tests (the people are invented; the states,
 * organisations and posts are real), as a JSON Lines corpus and as a folder of text files, each
 * with inputs that cannot be read; and what the command line path makes of them.
 */
final class TestingCorpus {
  static final String MONGOLIA_VIET_NAM_TITLE =
      "Minister of Foreign Affairs of Mongolia receives the Ambassador of Viet Nam";
  static final String MONGOLIA_VIET_NAM =
      "On 2 April 2025, Minister of Foreign Affairs of Mongolia Batbold Gantulga received"
          + " Ambassador Extraordinary and Plenipotentiary of the Socialist Republic of Viet Nam"
          + " to Mongolia Nguyen Van Thanh at the Ministry in Ulaanbaatar.\n\n"
          + "The sides discussed trade, education and tourism, and the preparations for the"
          + " visit of the Prime Minister of Viet Nam to Mongolia later this year.\n\n"
          + "Mr Gantulga thanked the Ambassador for his work to deepen the friendship between"
          + " the two countries.";

  static final String KAZAKHSTAN_MALAYSIA_TITLE =
      "President of Kazakhstan and Prime Minister of Malaysia hold telephone talks";
  static final String KAZAKHSTAN_MALAYSIA =
      "President of the Republic of Kazakhstan Yerlan Abenov and Prime Minister of Malaysia"
          + " Hakim Rahman held a telephone conversation on 3 April 2025.\n\n"
          + "The leaders discussed cooperation in energy, transport and the digital economy, and"
          + " agreed to meet at the ASEAN summit in Kuala Lumpur.";

  static final String SCO_ASEAN_TITLE =
      "SCO Secretary-General meets ASEAN Deputy Secretary-General";
  static final String SCO_ASEAN =
      "On 7 April 2025, SCO Secretary-General Arman Seitkali met at the SCO Secretariat in"
          + " Beijing with ASEAN Deputy Secretary-General Siti Rahmawati.\n\n"
          + "The Secretary-General briefed the guest on the work of the Shanghai Cooperation"
          + " Organisation. Ms Rahmawati noted ASEAN's readiness to work together with the SCO"
          + " against terrorism and drug trafficking.";

  static final String WEATHER =
      "Heavy rain is expected across the north of the country on Tuesday. Drivers are advised"
          + " to take care on mountain roads, and the ferry to the islands will not run.";

  private TestingCorpus() {}

  /** Writes the corpus: four documents, a line that is not JSON and a blank line. */
  static Path writeJsonLines(Path file) {
    List<String> lines =
        List.of(
            "{\"id\":\"mn-vn\",\"title\":"
                + quoted(MONGOLIA_VIET_NAM_TITLE)
                + ",\"text\":"
                + quoted(MONGOLIA_VIET_NAM)
                + ",\"published\":\"2025-04-02\",\"source\":\"https://example.org/mn-vn\"}",
            "{\"id\":\"kz-my\",\"title\":"
                + quoted(KAZAKHSTAN_MALAYSIA_TITLE)
                + ",\"text\":"
                + quoted(KAZAKHSTAN_MALAYSIA)
                + ",\"published\":\"3 April 2025\"}",
            "{\"title\":" + quoted(SCO_ASEAN_TITLE) + ",\"text\":" + quoted(SCO_ASEAN) + "}",
            "{\"id\": \"broken\", \"text\": ",
            "",
            "{\"id\":7,\"text\":" + quoted(WEATHER) + ",\"published\":\"2025-04-08\"}");
    return write(file, String.join("\n", lines) + "\n");
  }

  /**
   * Writes the folder: files with and without a header, in a subfolder too, an empty file and a
   * gold file that is not a document.
   */
  static Path writeTextFolder(Path folder) {
    write(
        folder.resolve("2025-04-02-mongolia-viet-nam.txt"),
        "TITLE: "
            + MONGOLIA_VIET_NAM_TITLE
            + "\nDATE: 2025-04-02\nSOURCE: https://example.org/mn-vn\n---\n"
            + MONGOLIA_VIET_NAM
            + "\n");
    write(
        folder.resolve("calls").resolve("kazakhstan-malaysia.txt"),
        KAZAKHSTAN_MALAYSIA_TITLE + "\n\n" + KAZAKHSTAN_MALAYSIA + "\n");
    write(folder.resolve("empty.txt"), "");
    write(folder.resolve("sco-asean.txt"), "TITLE: " + SCO_ASEAN_TITLE + "\n---\n" + SCO_ASEAN);
    write(folder.resolve("sco-asean.gold.json"), "{\"document\": {}}\n");
    write(folder.resolve("weather.txt"), WEATHER + "\r\n");
    return folder;
  }

  /** The records {@code attache extract} writes for a path: one line per document read. */
  static List<String> commandLineRecords(Path path) {
    return commandLineRecords(path, Extractor.standard());
  }

  /** The lines {@code attache extract} writes for a path with this extractor, in order. */
  static List<String> commandLineRecords(Path path, Extractor extractor) {
    List<String> lines = new ArrayList<>();
    try (Stream<ReadResult> results = DocumentReaders.create().read(path)) {
      results.forEach(
          result -> {
            if (result instanceof ReadResult.Read read) {
              lines.add(RecordCodec.toJsonLine(extractor.extract(read.document())));
            }
          });
    }
    return lines;
  }

  /** The failures the readers give for a path, in order. */
  static List<ReadResult.Failed> failures(Path path) {
    try (Stream<ReadResult> results = DocumentReaders.create().read(path)) {
      return results
          .filter(ReadResult.Failed.class::isInstance)
          .map(ReadResult.Failed.class::cast)
          .toList();
    }
  }

  /** A string as a JSON string. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The lines of the part files of a Spark output directory, part after part. */
  static List<String> outputLines(Path directory) {
    return PartFiles.lines(directory);
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
