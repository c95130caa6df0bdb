package dev.gryag.adapter.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded cluster's {@code pg_hba.conf}: who may connect and how. Gryag's clusters ask every
 * connection, local or over localhost TCP, for a password (SCRAM); clusters made before that
 * trusted any local connection, and are switched over once.
 */
final class ClientAuthentication {

  static final String FILE = "pg_hba.conf";
  static final String METHOD = "scram-sha-256";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String PASSWORDS_ONLY =
      """
      # Written by Gryag: every connection needs a password (SCRAM); the server listens on
      # localhost only. The passwords are in postgres-credentials next to this data folder.
      # TYPE  DATABASE        USER            ADDRESS                 METHOD
      local   all             all                                     scram-sha-256
      host    all             all             127.0.0.1/32            scram-sha-256
      host    all             all             ::1/128                 scram-sha-256
      local   replication     all                                     scram-sha-256
      host    replication     all             127.0.0.1/32            scram-sha-256
      host    replication     all             ::1/128                 scram-sha-256
      """;

  private ClientAuthentication() {}

  /** True when every rule of the cluster's file asks for a SCRAM password, and there is one. */
  static boolean requiresPasswords(Path dataDirectory) throws IOException {
    List<String> rules =
        Files.readAllLines(dataDirectory.resolve(FILE), StandardCharsets.UTF_8).stream()
            .map(line -> line.replaceFirst("#.*", "").strip())
            .filter(line -> !line.isEmpty())
            .toList();
    return !rules.isEmpty()
        && rules.stream().allMatch(rule -> List.of(WHITESPACE.split(rule)).contains(METHOD));
  }

  /** Replaces the cluster's file by one that asks every connection for a password. */
  static void requirePasswords(Path dataDirectory) throws IOException {
    PrivateFiles.writeAtomically(dataDirectory.resolve(FILE), PASSWORDS_ONLY);
  }
}
