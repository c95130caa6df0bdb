package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's passwords on disk: {@code $GRYAG_HOME/postgres-credentials}, a properties
 * file of mode 600 next to the data folder. It is the only place the passwords are kept, so it is
 * refused when others may read it, and its values never appear in a message.
 */
final class CredentialsFile {

  static final String SUPERUSER = "superuser";
  static final String SUPERUSER_PASSWORD = "superuser.password";
  static final String USER = "user";
  static final String PASSWORD = "user.password";

  private static final Logger LOG = LoggerFactory.getLogger(CredentialsFile.class);

  private CredentialsFile() {}

  /**
   * The credentials in {@code file}, or empty when there is no such file.
   *
   * @throws DatabaseStartException when it may be read by others, cannot be read, or lacks a key
   */
  static Optional<EmbeddedCredentials> read(Path file) {
    String text;
    try {
      Optional<String> looser = PrivateFiles.looserThanOwnerOnly(file);
      if (looser.isPresent()) {
        throw failure(
            "The credentials file %s may be read by others (mode %s); make it private (chmod 600 %s)"
                .formatted(file, looser.get(), file),
            null);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw failure(
          "Cannot read the credentials file %s (%s); it must be readable by the user running Gryag"
              .formatted(file, e.getClass().getSimpleName()),
          e);
    }
    return Optional.of(parse(file, text));
  }

  /**
   * The credentials in {@code file}; when there is none and {@code mayGenerate} (a cluster yet to
   * be made, or one that still trusts local connections), new ones, written to {@code file}.
   *
   * @throws DatabaseStartException when the file is missing though the cluster asks for passwords
   */
  static EmbeddedCredentials readOrGenerate(Path file, Path dataDirectory, boolean mayGenerate) {
    Optional<EmbeddedCredentials> stored = read(file);
    if (stored.isPresent()) {
      return stored.get();
    }
    if (!mayGenerate) {
      throw failure(
          ("The embedded PostgreSQL in %s asks for passwords, but its credentials file %s is"
                  + " missing; put back the file that was made with this data folder")
              .formatted(dataDirectory, file),
          null);
    }
    EmbeddedCredentials generated = EmbeddedCredentials.generate(new SecureRandom());
    write(file, generated, dataDirectory);
    LOG.info("Generated the embedded PostgreSQL's passwords into {}", file);
    return generated;
  }

  /** Writes {@code credentials} to {@code file}, created atomically with mode 600. */
  static void write(Path file, EmbeddedCredentials credentials, Path dataDirectory) {
    String text =
        """
        # The logins of Gryag's embedded PostgreSQL in %s, generated on its first start.
        # This file is the only copy of the passwords: keep it private (mode 600) and back it up
        # together with that folder.
        %s=%s
        %s=%s
        %s=%s
        %s=%s
        """
            .formatted(
                dataDirectory,
                SUPERUSER,
                credentials.superuser(),
                SUPERUSER_PASSWORD,
                credentials.superuserPassword(),
                USER,
                credentials.user(),
                PASSWORD,
                credentials.password());
    try {
      PrivateFiles.writeAtomically(file, text);
    } catch (IOException e) {
      throw failure(
          "Cannot write the credentials file %s (%s); set %s to a writable folder"
              .formatted(file, e.getClass().getSimpleName(), DatabaseConfig.HOME),
          e);
    }
  }

  private static EmbeddedCredentials parse(Path file, String text) {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(text)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      // Properties quotes the bad escape it found, which may be part of a password: name no value.
      throw failure(
          "The credentials file %s is not a properties file; restore it from a backup"
              .formatted(file),
          null);
    }
    try {
      return new EmbeddedCredentials(
          value(file, properties, SUPERUSER),
          value(file, properties, SUPERUSER_PASSWORD),
          value(file, properties, USER),
          value(file, properties, PASSWORD));
    } catch (IllegalArgumentException e) {
      throw failure(
          "The credentials file %s is damaged: %s; restore it from a backup"
              .formatted(file, e.getMessage()),
          null);
    }
  }

  private static String value(Path file, Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw failure(
          "The credentials file %s has no %s; restore it from a backup".formatted(file, key), null);
    }
    return value.strip();
  }

  private static DatabaseStartException failure(String message, Throwable cause) {
    return new DatabaseStartException(Reason.EMBEDDED_SERVER_FAILED, message, cause);
  }
}
