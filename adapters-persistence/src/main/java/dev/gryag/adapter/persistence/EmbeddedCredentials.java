package dev.gryag.adapter.persistence;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The two logins of an embedded cluster, generated on its first start: the superuser, kept for the
 * set-up steps (roles, the database, upgrades), and the application role that owns Gryag's database
 * and that every pool connects as. {@link #toString} never shows a password.
 *
 * @param superuser the superuser's name ({@code postgres}, as initdb makes it)
 * @param superuserPassword its password
 * @param user the application role: may log in, owns the database, nothing more
 * @param password the application role's password
 */
record EmbeddedCredentials(
    String superuser, String superuserPassword, String user, String password) {

  /** The superuser initdb creates. */
  static final String SUPERUSER = "postgres";

  /** The role the pools connect as. */
  static final String APP_ROLE = "gryag";

  private static final int PASSWORD_BYTES = 32;

  EmbeddedCredentials {
    requireName("superuser", superuser);
    requireName("user", user);
    requirePassword("superuser.password", superuserPassword);
    requirePassword("user.password", password);
    if (superuser.equals(user)) {
      throw new IllegalArgumentException("user must differ from superuser, both were " + user);
    }
  }

  /** New credentials with 256-bit random passwords. */
  static EmbeddedCredentials generate(SecureRandom random) {
    return new EmbeddedCredentials(SUPERUSER, newPassword(random), APP_ROLE, newPassword(random));
  }

  private static String newPassword(SecureRandom random) {
    byte[] bytes = new byte[PASSWORD_BYTES];
    random.nextBytes(bytes);
    // URL-safe letters only: nothing to quote in a properties file, initdb's password file or psql.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void requireName(String field, String name) {
    Objects.requireNonNull(name, field);
    if (!DatabaseSettings.SQL_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          field + " must be a lower-case SQL name (a-z, 0-9, _), was '" + name + "'");
    }
  }

  private static void requirePassword(String field, String password) {
    Objects.requireNonNull(password, field);
    if (password.isBlank() || password.chars().anyMatch(Character::isISOControl)) {
      // The message never quotes the value: it is a password.
      throw new IllegalArgumentException(field + " must be one line of printable characters");
    }
  }

  @Override
  public String toString() {
    return "EmbeddedCredentials[superuser=%s, superuserPassword=%s, user=%s, password=%s]"
        .formatted(superuser, Secrets.mask(superuserPassword), user, Secrets.mask(password));
  }
}
