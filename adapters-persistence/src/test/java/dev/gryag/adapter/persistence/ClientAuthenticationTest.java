package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAuthenticationTest {

  @TempDir Path data;

  @Test
  void theFileAnEarlierVersionsInitdbWroteTrustsLocalConnections() throws IOException {
    write(
        """
        # TYPE  DATABASE        USER            ADDRESS                 METHOD
        local   all             all                                     trust
        host    all             all             127.0.0.1/32            trust
        host    all             all             ::1/128                 trust
        """);

    assertThat(ClientAuthentication.requiresPasswords(data)).isFalse();
  }

  @Test
  void oneRuleWithoutAPasswordIsEnoughToConvert() throws IOException {
    write(
        """
        local   all             all                                     scram-sha-256
        host    all             all             127.0.0.1   255.255.255.255   md5
        """);

    assertThat(ClientAuthentication.requiresPasswords(data)).isFalse();
  }

  @Test
  void aFileWithoutRulesCountsAsNotYetConverted() throws IOException {
    write("# only comments\n\n");

    assertThat(ClientAuthentication.requiresPasswords(data)).isFalse();
  }

  @Test
  void theRewrittenFileAsksEveryConnectionForAPasswordAndIsOwnerOnly() throws IOException {
    write("local all all trust # the old default\n");

    ClientAuthentication.requirePasswords(data);

    assertThat(ClientAuthentication.requiresPasswords(data)).isTrue();
    Path file = data.resolve("pg_hba.conf");
    assertThat(Files.readString(file))
        .doesNotContain("trust")
        .contains("local   all             all                                     scram-sha-256")
        .contains("host    all             all             127.0.0.1/32            scram-sha-256")
        .contains("host    all             all             ::1/128                 scram-sha-256");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  private void write(String text) throws IOException {
    Files.writeString(data.resolve("pg_hba.conf"), text);
  }
}
