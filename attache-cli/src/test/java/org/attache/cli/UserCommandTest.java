package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code attache user add|list|role|remove} on the embedded PostgreSQL. */
class UserCommandTest {
  @TempDir Path folder;

  /** What one run of the command gave. */
  record Run(int status, String out, String err) {}

  private Run attache(String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data";
    withData[args.length + 1] = folder.resolve("pg").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        new CommandLine(new AttacheCommand())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(withData);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void managesUsersAndTheirRoles() {
    Run add = attache("user", "add", "ana", "--role", "editor", "--password", "a long password");
    assertThat(add.status()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("added ana (editor)\n");
    assertThat(
            attache("user", "add", "vic", "--role", "viewer", "--password", "another one!").out())
        .isEqualTo("added vic (viewer)\n");
    assertThat(attache("user", "list").out()).isEqualTo("ana\teditor\nvic\tviewer\n");
    assertThat(attache("user", "role", "vic", "admin").out()).isEqualTo("vic is now admin\n");
    assertThat(attache("user", "remove", "ana").out()).isEqualTo("removed ana\n");
    assertThat(attache("user", "list").out()).isEqualTo("vic\tadmin\n");
  }

  @Test
  void refusesBadNamesRolesAndPasswords() {
    Run shortPassword = attache("user", "add", "ana", "--password", "short");
    assertThat(shortPassword.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(shortPassword.err())
        .isEqualTo("attache: user: A password needs at least 8 characters\n");
    assertThat(attache("user", "add", "ana", "--role", "king", "--password", "long enough").err())
        .isEqualTo("attache: user: Not a role (viewer, editor or admin): 'king'\n");
    assertThat(attache("user", "add", "a b", "--password", "long enough").err())
        .isEqualTo("attache: user: A user name has 1 to 64 letters, digits and . _ @ -: 'a b'\n");
    assertThat(attache("user", "remove", "nobody").err())
        .isEqualTo("attache: user: No user named 'nobody'\n");
  }
}
