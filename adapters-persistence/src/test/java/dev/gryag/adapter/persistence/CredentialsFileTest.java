package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFileTest {

  @TempDir Path home;

  private Path file() {
    return home.resolve("postgres-credentials");
  }

  @Test
  void generatedCredentialsAreWrittenOwnerOnlyAndReadBack() throws IOException {
    EmbeddedCredentials generated =
        CredentialsFile.readOrGenerate(file(), home.resolve("postgres"), true);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
        .isEqualTo("rw-------");
    assertThat(CredentialsFile.read(file())).contains(generated);
    assertThat(CredentialsFile.readOrGenerate(file(), home.resolve("postgres"), true))
        .isEqualTo(generated);
    try (var files = Files.list(home)) {
      assertThat(files).containsExactly(file()); // no temporary file left behind
    }
  }

  @Test
  void eachGenerationDrawsNewPasswordsOfAtLeast256Bits() {
    SecureRandom random = new SecureRandom();
    EmbeddedCredentials one = EmbeddedCredentials.generate(random);
    EmbeddedCredentials two = EmbeddedCredentials.generate(random);

    assertThat(one.password()).matches("[A-Za-z0-9_-]{43}");
    assertThat(one.superuserPassword()).matches("[A-Za-z0-9_-]{43}");
    assertThat(one.password()).isNotEqualTo(one.superuserPassword());
    assertThat(two.password()).isNotEqualTo(one.password());
    assertThat(two.superuserPassword()).isNotEqualTo(one.superuserPassword());
  }

  @Test
  void noPasswordIsEverShownByToString() {
    EmbeddedCredentials credentials = EmbeddedCredentials.generate(new SecureRandom());

    assertThat(credentials.toString())
        .isEqualTo(
            "EmbeddedCredentials[superuser=postgres, superuserPassword=****, user=gryag,"
                + " password=****]");
  }

  @Test
  void noFileReadsAsNone() {
    assertThat(CredentialsFile.read(file())).isEmpty();
  }

  @Test
  void aFileWithoutAKeyIsNamedWithoutQuotingAnyValue() throws IOException {
    writeOwnerOnly("superuser=postgres\nsuperuser.password=hunter2hunter2\nuser=gryag\n");

    assertThatThrownBy(() -> CredentialsFile.read(file()))
        .isInstanceOf(DatabaseStartException.class)
        .hasMessage(
            "The credentials file %s has no user.password; restore it from a backup", file())
        .message()
        .doesNotContain("hunter2hunter2");
  }

  @Test
  void aPasswordThatIsNotOneLineIsRefusedWithoutQuotingIt() throws IOException {
    writeOwnerOnly(
        "superuser=postgres\nsuperuser.password=hunter2\\u0007hunter2\nuser=gryag\n"
            + "user.password=abc\n");

    assertThatThrownBy(() -> CredentialsFile.read(file()))
        .hasMessage(
            "The credentials file %s is damaged: superuser.password must be one line of printable"
                + " characters; restore it from a backup",
            file())
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void aBadEscapeIsRefusedWithoutQuotingIt() throws IOException {
    writeOwnerOnly("superuser.password=hunter2\\uZZZZ\n");

    assertThatThrownBy(() -> CredentialsFile.read(file()))
        .hasMessage(
            "The credentials file %s is not a properties file; restore it from a backup", file())
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void aFileOthersMayReadIsRefused() throws IOException {
    writeOwnerOnly("superuser=postgres\n");
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r-----"));

    assertThatThrownBy(() -> CredentialsFile.read(file()))
        .hasMessage(
            "The credentials file %s may be read by others (mode rw-r-----); make it private"
                + " (chmod 600 %s)",
            file(), file());
  }

  @Test
  void aReadOnlyFileOfItsOwnerIsAccepted() throws IOException {
    EmbeddedCredentials generated =
        CredentialsFile.readOrGenerate(file(), home.resolve("postgres"), true);
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--------"));

    assertThat(CredentialsFile.read(file())).contains(generated);
  }

  private void writeOwnerOnly(String text) throws IOException {
    Files.writeString(file(), text);
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
  }
}
