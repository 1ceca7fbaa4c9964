package org.attache.store.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedFileTest {
  @Test
  void readsEachSourceAndSkipsCommentsAndBlankLines() {
    List<NewSource> sources =
        SeedFile.parse(
            "sources.tsv",
            "# kind\turl\tpublisher\tlanguage\tinterval\n"
                + "\n"
                + "feed\thttps://mfa.example/rss\tMinistry of Foreign Affairs\ten\t15m\n"
                + "listing\thttps://gov.example/press/\tGovernment\tru\t2h\t/press/\\d+\n");
    assertThat(sources)
        .containsExactly(
            new NewSource(
                "https://mfa.example/rss",
                SourceKind.FEED,
                "Ministry of Foreign Affairs",
                "en",
                Duration.ofMinutes(15),
                Optional.empty()),
            new NewSource(
                "https://gov.example/press/",
                SourceKind.LISTING,
                "Government",
                "ru",
                Duration.ofHours(2),
                Optional.of("/press/\\d+")));
  }

  @Test
  void aBadLineIsNamedWithItsReason() {
    assertThatThrownBy(
            () ->
                SeedFile.parse(
                    "sources.tsv",
                    "feed\thttps://a.example/rss\tA\ten\t15m\nfeed\thttps://b.example/rss\tB\ten\tsoon\n"))
        .hasMessage(
            "sources.tsv, line 2: An interval is a number and s, m, h or d (30s, 15m, 2h, 1d),"
                + " not 'soon'");
    assertThatThrownBy(() -> SeedFile.parse("s.tsv", "blog\thttps://a.example/\tA\ten\t1h"))
        .hasMessage("s.tsv, line 1: A source is a feed, a sitemap or a listing, not 'blog'");
  }

  @Test
  void intervalsAreWrittenInTheLargestWholeUnit() {
    assertThat(SeedFile.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(SeedFile.format(Duration.ofHours(24))).isEqualTo("1d");
    assertThat(SeedFile.format(Duration.ofSeconds(45))).isEqualTo("45s");
  }
}
