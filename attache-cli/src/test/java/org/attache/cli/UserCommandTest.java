package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.attache.cli.TestingCli.Run;
import org.attache.store.embedded.EmbeddedStore;
import org.attache.store.users.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache user add|list|role|remove} on the embedded PostgreSQL. */
class UserCommandTest {
  @TempDir Path folder;

  private Run attache(String... args) {
    return TestingCli.attacheOn(folder.resolve("pg"), args);
  }

  /** A file holding a password on its first line. */
  private String passwordFile(String password) throws IOException {
    return TestingCli.passwordFile(folder, password);
  }

  @Test
  void managesUsersAndTheirRoles() throws IOException {
    String password = passwordFile("a long password");
    Run add = attache("user", "add", "ana", "--role", "editor", "--password-file", password);
    assertThat(add.status()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("added ana (editor)\n");
    assertThat(
            attache(
                    "user",
                    "add",
                    "vic",
                    "--role",
                    "viewer",
                    "--password-file",
                    passwordFile("another one!"))
                .out())
        .isEqualTo("added vic (viewer)\n");
    assertThat(attache("user", "list").out()).isEqualTo("ana\teditor\nvic\tviewer\n");
    assertThat(attache("user", "role", "vic", "admin").out()).isEqualTo("vic is now admin\n");
    assertThat(attache("user", "remove", "ana").out()).isEqualTo("removed ana\n");
    assertThat(attache("user", "list").out()).isEqualTo("vic\tadmin\n");
  }

  @Test
  void aCoordinatorActsForAnOrganisation() throws IOException {
    Run add =
        attache(
            "user",
            "add",
            "sam",
            "--role",
            "coordinator",
            "--acts-for",
            "SCO",
            "--password-file",
            passwordFile("a long password"));
    assertThat(add.status()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("added sam (coordinator for SCO)\n");
    assertThat(attache("user", "role", "sam", "editor", "--acts-for", "ASEAN").out())
        .isEqualTo("sam is now editor for ASEAN\n");
    assertThat(attache("user", "list").out()).isEqualTo("sam\teditor\tASEAN\n");
    Run refused =
        attache(
            "user",
            "add",
            "sol",
            "--acts-for",
            "sco",
            "--password-file",
            passwordFile("a long password"));
    assertThat(refused.status()).isNotZero();
    assertThat(refused.err())
        .contains("Not the code of an organisation or state (SCO, ASEAN, CHN): 'sco'");
  }

  @Test
  void readsThePasswordFromStandardInputWhenItIsNoTerminal() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("piped password\n".getBytes(UTF_8)));
      Run add = attache("user", "add", "pia", "--role", "viewer");
      assertThat(add.status()).as(add.err()).isZero();
      assertThat(add.out()).isEqualTo("added pia (viewer)\n");
    } finally {
      System.setIn(stdin);
    }
    try (EmbeddedStore store = EmbeddedStore.open(folder.resolve("pg"), false, "attache")) {
      assertThat(new Users(store.database()).signIn("pia", "piped password")).isPresent();
    }
  }

  @Test
  void refusesAPasswordOnTheCommandLine() {
    for (String[] args :
        List.of(
            new String[] {"user", "add", "ana", "--password", "a long password"},
            new String[] {"user", "add", "ana", "--password=a long password"},
            new String[] {"user", "add", "ana", "--password"})) {
      Run add = attache(args);
      assertThat(add.status()).isEqualTo(ExitCodes.FAILED);
      assertThat(add.err())
          .isEqualTo(
              "attache: user: A password is not taken on the command line, where other users of"
                  + " the machine can see it: type it when asked, pipe it to standard input, or"
                  + " give --password-file FILE\n");
    }
    assertThat(attache("user", "list").out()).isEmpty();
  }

  @Test
  void refusesBadNamesRolesAndPasswords() throws IOException {
    Run shortPassword = attache("user", "add", "ana", "--password-file", passwordFile("short"));
    assertThat(shortPassword.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(shortPassword.err())
        .isEqualTo("attache: user: A password needs at least 8 characters\n");
    String good = passwordFile("long enough");
    assertThat(attache("user", "add", "ana", "--role", "king", "--password-file", good).err())
        .isEqualTo("attache: user: Not a role (viewer, editor, coordinator or admin): 'king'\n");
    assertThat(attache("user", "add", "a b", "--password-file", good).err())
        .isEqualTo("attache: user: A user name has 1 to 64 letters, digits and . _ @ -: 'a b'\n");
    assertThat(
            attache("user", "add", "ana", "--password-file", folder.resolve("none").toString())
                .err())
        .startsWith(
            "attache: user: Cannot read the password file '" + folder.resolve("none") + "'");
    assertThat(attache("user", "remove", "nobody").err())
        .isEqualTo("attache: user: No user named 'nobody'\n");
  }
}
