package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.store.sources.NewSource;
import org.attache.store.sources.SeedFile;
import org.attache.store.sources.Source;
import org.attache.store.sources.SourceKind;
import org.attache.store.sources.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache sources add|list|remove}: the feeds, sitemaps and listings 'watch' polls. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description =
        "Manages the sources that 'attache watch' polls: RSS and Atom feeds, sitemaps and listing"
            + " pages of press releases, each with its publisher, language and interval.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesCommand.Remove.class
    })
public final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs an action on the sources of the store. */
  abstract static class Action implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<NewSource> toAdd = prepare();
      try (StoreOptions.Store opened = store.open()) {
        int status = run(new Sources(opened.database()), toAdd, out);
        out.flush();
        return status;
      }
    }

    /** What the action reads and checks before the store is opened. */
    List<NewSource> prepare() {
      return List.of();
    }

    abstract int run(Sources sources, List<NewSource> toAdd, PrintWriter out);
  }

  /** {@code attache sources add URL --kind K ...} or {@code attache sources add --from FILE}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a source, due at once; or, with --from, every source of a seed file: one a line,"
            + " its fields apart by tabs: kind, address, publisher, language, interval and, for a"
            + " listing, a pattern of item links. Lines starting with # are skipped.",
        "A source whose address is stored already is left as it is."
      })
  static final class Add extends Action {
    @Parameters(index = "0", arity = "0..1", paramLabel = "URL")
    String url;

    @Option(names = "--from", paramLabel = "FILE", description = "A seed file of sources.")
    Path from;

    @Option(names = "--kind", paramLabel = "KIND", description = "feed, sitemap or listing.")
    String kind = "feed";

    @Option(names = "--publisher", paramLabel = "NAME", description = "Who publishes it.")
    String publisher;

    @Option(
        names = "--language",
        paramLabel = "CODE",
        description = "The language of its documents (default: en).")
    String language = "en";

    @Option(
        names = "--every",
        paramLabel = "INTERVAL",
        description = "How often to poll it: 30s, 15m, 2h, 1d (default: 1h).")
    String every = "1h";

    @Option(
        names = "--items",
        paramLabel = "REGEX",
        description =
            "For a listing: which links are items, as a regular expression found in their"
                + " address (default: the links under the listing's folder).")
    String items;

    @Override
    List<NewSource> prepare() {
      if ((url == null) == (from == null)) {
        throw AttacheException.badInput("Give either a source's URL or --from FILE");
      }
      if (from != null) {
        try {
          return SeedFile.parse(from.toString(), Files.readString(from, UTF_8));
        } catch (NoSuchFileException e) {
          throw AttacheException.badInput("No such file: " + from);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + from + ": " + e.getMessage(), e);
        }
      }
      if (publisher == null) {
        throw AttacheException.badInput("Give the publisher of " + url + " with --publisher");
      }
      return List.of(
          new NewSource(
              url,
              SourceKind.parse(kind),
              publisher,
              language,
              SeedFile.interval(every),
              Optional.ofNullable(items)));
    }

    @Override
    int run(Sources sources, List<NewSource> toAdd, PrintWriter out) {
      if (from == null) {
        Source added = sources.add(toAdd.get(0));
        out.println("added source " + added.id() + ": " + added.url());
        return ExitCodes.OK;
      }
      int added = 0;
      for (NewSource source : toAdd) {
        try {
          sources.add(source);
          added++;
        } catch (AttacheException e) {
          if (e.code() != ErrorCode.CONFLICT) {
            throw e;
          }
          out.println("kept " + source.url() + " (stored already)");
        }
      }
      out.println("added " + added + " of " + toAdd.size() + " sources from " + from);
      return ExitCodes.OK;
    }
  }

  /** {@code attache sources list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Lists the sources: number, kind, address, publisher, language, interval, documents"
              + " stored from it, and its last error, if any.")
  static final class ListSources extends Action {
    @Override
    int run(Sources sources, List<NewSource> toAdd, PrintWriter out) {
      for (Source source : sources.list()) {
        out.println(
            String.join(
                "\t",
                Long.toString(source.id()),
                source.spec().kind().code(),
                source.url(),
                source.spec().publisher(),
                source.spec().language(),
                SeedFile.format(source.spec().interval()),
                source.documents() + " documents",
                source.lastError().orElse("")));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code attache sources remove NUMBER|URL}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Removes a source; the documents stored from it stay.")
  static final class Remove extends Action {
    @Parameters(index = "0", paramLabel = "NUMBER|URL")
    String name;

    @Override
    int run(Sources sources, List<NewSource> toAdd, PrintWriter out) {
      Source removed = sources.remove(name);
      out.println("removed source " + removed.id() + ": " + removed.url());
      return ExitCodes.OK;
    }
  }
}
