package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.cli.TestingCli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache sources add|list|remove} on the embedded PostgreSQL. */
class SourcesCommandTest {
  @TempDir Path folder;

  private Run attache(String... args) {
    return TestingCli.attacheOn(folder.resolve("pg"), args);
  }

  @Test
  void addsListsAndRemovesSources() throws IOException {
    Run add =
        attache(
            "sources",
            "add",
            "https://mfa.example/en/rss.xml",
            "--publisher",
            "Ministry of Foreign Affairs",
            "--every",
            "15m");
    assertThat(add.status()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("added source 1: https://mfa.example/en/rss.xml\n");

    Path seed = folder.resolve("sources.tsv");
    Files.writeString(
        seed,
        "# kind\taddress\tpublisher\tlanguage\tinterval\tpattern\n"
            + "feed\thttps://mfa.example/en/rss.xml\tMinistry of Foreign Affairs\ten\t15m\n"
            + "sitemap\thttps://gov.example/sitemap.xml\tGovernment\tru\t1d\n"
            + "listing\thttps://un.example/press/\tUnited Nations\ten\t2h\t/press/\\d{4}/\n",
        UTF_8);
    Run seeded = attache("sources", "add", "--from", seed.toString());
    assertThat(seeded.status()).as(seeded.err()).isZero();
    assertThat(seeded.out())
        .isEqualTo(
            "kept https://mfa.example/en/rss.xml (stored already)\n"
                + "added 2 of 3 sources from "
                + seed
                + "\n");

    assertThat(attache("sources", "list").out())
        .isEqualTo(
            "1\tfeed\thttps://mfa.example/en/rss.xml\tMinistry of Foreign Affairs\ten\t15m"
                + "\t0 documents\t\n"
                + "2\tsitemap\thttps://gov.example/sitemap.xml\tGovernment\tru\t1d\t0 documents\t\n"
                + "3\tlisting\thttps://un.example/press/\tUnited Nations\ten\t2h\t0 documents\t\n");

    assertThat(attache("sources", "remove", "2").out())
        .isEqualTo("removed source 2: https://gov.example/sitemap.xml\n");
    Run unknown = attache("sources", "remove", "https://nowhere.example/");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("attache: sources: No source 'https://nowhere.example/'\n");
  }

  @Test
  void aBadSeedLineIsNamedAndNothingIsAdded() throws IOException {
    Path seed = folder.resolve("sources.tsv");
    Files.writeString(
        seed, "feed\thttps://a.example/rss\tA\ten\t15m\nfeed\tnot an address\tB\ten\t15m\n", UTF_8);
    Run seeded = attache("sources", "add", "--from", seed.toString());
    assertThat(seeded.status()).isEqualTo(2);
    assertThat(seeded.err())
        .isEqualTo(
            "attache: sources: "
                + seed
                + ", line 2: Not an address: 'not an address': Illegal character in path\n");
    assertThat(attache("sources", "list").out()).isEmpty();
  }
}
