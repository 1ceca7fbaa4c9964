package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.attache.ingest.Incoming;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.sources.PollReport;
import org.attache.store.sources.Source;
import org.attache.store.sources.SourceItems;
import org.attache.store.sources.SourceKind;
import org.attache.store.sources.Sources;
import org.attache.store.stories.Stories;

/**
 * Polls sources and ingests their new items through the real pipeline: the source is fetched with
 * the validators of its last answer (nothing more happens when it is not modified), its items are
 * listed, and each item not seen before is fetched, read (HTML by the pipeline's reader, PDF by
 * {@link PdfText}), extracted and stored with its key in one transaction. A source that fails is
 * marked with why and put off; the others go on. Holds one connection; one thread at a time.
 */
public final class Poller implements AutoCloseable {
  private final Sources sources;
  private final SourceItems items;
  private final Supplier<Extractor> extractor;
  private final String extractorVersion;
  private final FetchLimits limits;
  private final Http http;
  private final DocumentReaders readers;
  private final DocumentWriter writer;
  private final Stories stories;
  private Extractor loaded;

  /**
   * A poller of the sources of a database.
   *
   * @param extractor makes the extractor, when the first item needs it
   */
  public Poller(
      Database database,
      Supplier<Extractor> extractor,
      String extractorVersion,
      FetchLimits limits) {
    requireNonNull(database, "database is null");
    this.sources = new Sources(database);
    this.items = new SourceItems(database);
    this.extractor = requireNonNull(extractor, "extractor is null");
    this.extractorVersion = requireNonNull(extractorVersion, "extractorVersion is null");
    this.limits = requireNonNull(limits, "limits is null");
    this.http = new Http(limits);
    this.readers = DocumentReaders.withMaxBytes(limits.maxBytes());
    this.writer = new DocumentWriter(database);
    this.stories = new Stories(database);
  }

  /**
   * Polls each source that is due, or every source, once. Each document stored is grouped into its
   * story at once; documents a crash left ungrouped are grouped first.
   *
   * @param all poll every source, due or not
   * @param heard hears each source's poll as it ends
   */
  public List<SourcePoll> pollDue(boolean all, Consumer<SourcePoll> heard)
      throws InterruptedException {
    List<SourcePoll> polls = new ArrayList<>();
    stories.groupPending();
    for (Source source : sources.claimDue(all)) {
      SourcePoll poll = poll(source);
      heard.accept(poll);
      polls.add(poll);
    }
    return polls;
  }

  /** Polls one source and keeps what it learnt. */
  SourcePoll poll(Source source) throws InterruptedException {
    URI uri = URI.create(source.url());
    Fetched fetched;
    List<Item> listed;
    try {
      fetched = http.fetch(uri, source.etag(), source.lastModified());
      if (fetched.notModified()) {
        sources.finish(
            source.id(), PollReport.read(source.etag(), source.lastModified(), Optional.empty()));
        return new SourcePoll(source.id(), source.url(), true, 0, 0, 0, 0, 0, Optional.empty());
      }
      listed = list(source, fetched);
    } catch (FetchException e) {
      String why = "Cannot poll " + source.url() + ": " + e.reason();
      sources.finish(source.id(), PollReport.failed(why, e.retryAfter()));
      return new SourcePoll(source.id(), source.url(), false, 0, 0, 0, 0, 0, Optional.of(why));
    }
    Counts counts = new Counts();
    Set<String> done = items.done(source.id(), listed.stream().map(Item::key).toList());
    List<Item> fresh =
        listed.stream()
            .filter(i -> !done.contains(i.key()))
            .limit(limits.maxItemsPerPoll())
            .toList();
    for (Item item : fresh) {
      ingest(source, item, counts);
    }
    sources.finish(
        source.id(), PollReport.read(fetched.etag(), fetched.lastModified(), counts.error));
    return new SourcePoll(
        source.id(),
        source.url(),
        false,
        listed.size(),
        fresh.size(),
        counts.stored,
        counts.storedBefore,
        counts.failed,
        counts.error);
  }

  private List<Item> list(Source source, Fetched fetched)
      throws FetchException, InterruptedException {
    SourceKind kind = source.spec().kind();
    return switch (kind) {
      case FEED -> FeedItems.read(fetched.uri(), fetched.body());
      case LISTING -> ListingItems.read(fetched.uri(), fetched.body(), source.spec().itemPattern());
      case SITEMAP -> sitemap(fetched);
    };
  }

  /** A sitemap's items, and those of the sitemaps an index names (one level, in order). */
  private List<Item> sitemap(Fetched fetched) throws FetchException, InterruptedException {
    SitemapItems.Listed top = SitemapItems.read(fetched.uri(), fetched.body(), limits.maxBytes());
    List<Item> all = new ArrayList<>(top.items());
    for (URI child : top.sitemaps()) {
      Fetched page = http.fetch(child, Optional.empty(), Optional.empty());
      all.addAll(SitemapItems.read(page.uri(), page.body(), limits.maxBytes()).items());
    }
    return all;
  }

  private void ingest(Source source, Item item, Counts counts) throws InterruptedException {
    ReadResult read;
    try {
      Fetched page = http.fetch(URI.create(item.url()), Optional.empty(), Optional.empty());
      read =
          page.isPdf()
              ? PdfText.read(item.url(), page.body(), item)
              : readers.fetched(item.url(), page.body(), page.isHtml(), item.published());
    } catch (FetchException e) {
      fail(source, item, e.reason(), e.isPassing(), counts);
      return;
    } catch (IllegalArgumentException e) {
      fail(source, item, "not an address", false, counts);
      return;
    }
    if (read instanceof ReadResult.Failed failed) {
      fail(source, item, failed.reason(), false, counts);
      return;
    }
    SourceDocument document = completed(((ReadResult.Read) read).document(), item);
    String id = document.id();
    if (!writer.needs(id, extractorVersion)) {
      items.storedBefore(source.id(), item.key(), item.url(), id);
      counts.storedBefore++;
      return;
    }
    DocumentRecord record;
    try {
      record = extractor().extract(document);
    } catch (RuntimeException e) {
      fail(source, item, "cannot be extracted: " + e, false, counts);
      return;
    }
    DocumentWriter.Outcome outcome =
        writer.write(
            Incoming.of(document),
            record,
            extractorVersion,
            SourceItems.stored(source.id(), item.key(), item.url()));
    if (outcome == DocumentWriter.Outcome.UNCHANGED) {
      counts.storedBefore++;
    } else {
      counts.stored++;
    }
    stories.group(id);
  }

  /** The document with the item's title and address where the page gives none. */
  private static SourceDocument completed(SourceDocument document, Item item) {
    if ((document.title().isPresent() || item.title().isEmpty()) && document.url().isPresent()) {
      return document;
    }
    return new SourceDocument(
        document.source(),
        document.title().or(item::title),
        document.published(),
        document.body(),
        document.url().or(() -> Optional.of(item.url())));
  }

  private void fail(Source source, Item item, String reason, boolean passing, Counts counts) {
    items.failed(source.id(), item.key(), item.url(), reason, passing);
    counts.failed++;
    counts.error = Optional.of("Cannot ingest " + item.url() + ": " + reason);
  }

  private Extractor extractor() {
    if (loaded == null) {
      loaded = requireNonNull(extractor.get(), "the extractor supplier gave null");
    }
    return loaded;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (StoreException e) {
      // The connection is gone with the database; nothing was left uncommitted.
    }
  }

  /** The running totals of one poll. */
  private static final class Counts {
    int stored;
    int storedBefore;
    int failed;
    Optional<String> error = Optional.empty();
  }
}
