package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.attache.model.error.AttacheException;
import org.attache.store.StoreException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FailuresTest {
  private final StringWriter err = new StringWriter();

  private int fail(Exception e) {
    CommandLine top = Main.commandLine();
    top.setErr(new PrintWriter(err));
    CommandLine user = top.getSubcommands().get("user");
    CommandLine add = user.getSubcommands().get("add");
    add.setErr(new PrintWriter(err));
    return new Failures().handleExecutionException(e, add, null);
  }

  @Test
  void theUsersMistakeIsOneLineUnderTheTopCommandAndStatusTwo() {
    int status = fail(AttacheException.notFound("No user named 'nobody'"));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("attache: user: No user named 'nobody'\n");
  }

  @Test
  void aStoreThatCannotBeReachedIsStatusThree() {
    int status = fail(new StoreException("Cannot connect to the database at localhost:5432"));

    assertThat(status).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo("attache: user: Cannot connect to the database at localhost:5432\n");
  }

  @Test
  void aFaultOfAttacheIsStatusFourWithItsStackTrace() {
    int status = fail(new IllegalStateException("a stage ran out of order"));

    assertThat(status).isEqualTo(4);
    assertThat(err.toString())
        .startsWith(
            "attache: user: internal error, please report it:"
                + " java.lang.IllegalStateException: a stage ran out of order\n")
        .contains("\tat org.attache.cli.FailuresTest.");
  }

  @Test
  void aBareIllegalArgumentIsAFaultOfAttacheNotTheUsers() {
    int status = fail(new IllegalArgumentException("limit must be at least 1: 0"));

    assertThat(status).isEqualTo(4);
    assertThat(err.toString())
        .startsWith(
            "attache: user: internal error, please report it:"
                + " java.lang.IllegalArgumentException: limit must be at least 1: 0\n");
  }
}
