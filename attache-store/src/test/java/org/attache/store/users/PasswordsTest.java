package org.attache.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attache.model.error.AttacheException;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void aHashIsSaltedSlowAndMatchesOnlyItsPassword() {
    String hash = Passwords.hash("correct horse battery");
    assertThat(hash).matches("pbkdf2-sha256\\$310000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
    assertThat(Passwords.hash("correct horse battery")).isNotEqualTo(hash);
    assertThat(Passwords.matches("correct horse battery", hash)).isTrue();
    assertThat(Passwords.matches("correct horse batterY", hash)).isFalse();
  }

  @Test
  void refusesShortPasswordsAndForeignHashes() {
    assertThatThrownBy(() -> Passwords.hash("1234567"))
        .isInstanceOf(AttacheException.class)
        .hasMessage("A password needs at least 8 characters");
    assertThatThrownBy(() -> Passwords.matches("whatever", "$2a$10$abc"))
        .isInstanceOf(AttacheException.class)
        .hasMessage("Not a password hash of this store: ''");
  }
}
