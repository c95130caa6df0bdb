package dev.gryag.core.config;

import static dev.gryag.core.config.SettingGroup.ADVANCED;
import static dev.gryag.core.config.SettingGroup.BEHAVIOUR;
import static dev.gryag.core.config.SettingGroup.ESSENTIAL;
import static dev.gryag.core.config.SettingGroup.STORAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

  enum Mode {
    ALL,
    ALLOW_LIST
  }

  static final Setting<String> TOKEN =
      Setting.secret("EXAMPLE_TOKEN", ESSENTIAL, SettingTypes.text(), "A token.");
  static final Setting<Integer> PORT =
      Setting.of("GRYAG_PORT", ADVANCED, SettingTypes.integer(0, 65_535), "9464", "A port.");
  static final Setting<Double> CHANCE =
      Setting.of("GRYAG_CHANCE", BEHAVIOUR, SettingTypes.decimal(0, 1), "0.02", "A chance.");
  static final Setting<Duration> SILENCE =
      Setting.of(
          "GRYAG_SILENCE",
          BEHAVIOUR,
          SettingTypes.duration(Duration.ZERO, Duration.ofDays(7)),
          "10m",
          "A quiet time.");
  static final Setting<Mode> MODE =
      Setting.of("GRYAG_MODE", BEHAVIOUR, SettingTypes.oneOf(Mode.class), "all", "A mode.");
  static final Setting<List<Long>> IDS =
      Setting.of(
          "GRYAG_IDS",
          ESSENTIAL,
          SettingTypes.list(SettingTypes.integer(1, 1000).map(Long::valueOf), "ids from 1 to 1000"),
          "",
          "Some ids.");
  static final Setting<String> URL =
      new Setting<>(
          "EXAMPLE_URL",
          SettingTypes.urlWithCredentials(s -> s),
          "",
          "A URL with credentials.",
          STORAGE,
          true);

  static final List<Setting<?>> ALL = List.of(TOKEN, PORT, CHANCE, SILENCE, MODE, IDS, URL);

  @Test
  void everySettingHasItsDefaultWhenNothingIsSet() {
    Configuration config = Configuration.load(ALL, Map.of());

    assertThat(config.get(SILENCE)).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.get(CHANCE)).isEqualTo(0.02);
    assertThat(config.get(MODE)).isEqualTo(Mode.ALL);
    assertThat(config.get(IDS)).isEmpty();
    assertThat(config.get(TOKEN)).isEmpty();
    assertThat(config.isSet(TOKEN)).isFalse();
    assertThat(config.source(SILENCE)).isEqualTo(Configuration.Source.DEFAULT);
    assertThat(config.get(Configuration.CONFIG_FILE)).isEmpty();
  }

  @Test
  void environmentValuesAreParsedAndBlankOnesMeanTheDefault() {
    Configuration config =
        Configuration.load(
            ALL,
            Map.of(
                "GRYAG_IDS", " 1, 22 ,333",
                "GRYAG_SILENCE", "1h30m",
                "GRYAG_MODE", "allow-list",
                "GRYAG_PORT", "  "));

    assertThat(config.get(IDS)).containsExactly(1L, 22L, 333L);
    assertThat(config.get(SILENCE)).isEqualTo(Duration.ofMinutes(90));
    assertThat(config.get(MODE)).isEqualTo(Mode.ALLOW_LIST);
    assertThat(config.get(PORT)).isEqualTo(9464);
    assertThat(config.isSet(PORT)).isFalse();
    assertThat(config.source(SILENCE)).isEqualTo(Configuration.Source.ENVIRONMENT);
  }

  @Test
  void everyBadKeyIsReportedTogetherInOneFormat() {
    assertThatThrownBy(() ->
            Configuration.load(
                ALL,
                Map.of(
                    "GRYAG_CHANCE", "1.5",
                    "GRYAG_SILENCE", "abc",
                    "GRYAG_MODE", "everyone",
                    "GRYAG_PORT", "70000",
                    "GRYAG_IDS", "1,x")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.problems())
                  .containsExactlyInAnyOrder(
                      "GRYAG_CHANCE: expected a number from 0 to 1, got \"1.5\"",
                      "GRYAG_SILENCE: expected a duration like 90s, 15m, 2h, 7d, 1h30m or PT90S,"
                          + " got \"abc\"",
                      "GRYAG_MODE: expected one of all, allow-list, got \"everyone\"",
                      "GRYAG_PORT: expected a whole number from 0 to 65535, got \"70000\"",
                      "GRYAG_IDS: expected ids from 1 to 1000, got \"1,x\"");
              assertThat(e.getMessage()).startsWith("invalid configuration (5 problems):\n  ");
            });
    assertThatThrownBy(() -> Configuration.load(ALL, Map.of("GRYAG_SILENCE", "8d")))
        .hasMessage(
            "invalid configuration: GRYAG_SILENCE: expected a duration from 0s to 7d, got \"8d\"");
  }

  @Test
  void secretsAreNeverEchoed() {
    Setting<String> key =
        Setting.secret(
            "EXAMPLE_KEY",
            ESSENTIAL,
            SettingTypes.text()
                .map(s -> {
                  if (s.contains(" ")) {
                    throw new IllegalArgumentException("expected no spaces");
                  }
                  return s;
                }),
            "A key.");
    assertThatThrownBy(() -> Configuration.of(List.of(key), Map.of("EXAMPLE_KEY", "sec ret")))
        .hasMessage(
            "invalid configuration: EXAMPLE_KEY: expected no spaces, got a hidden value of 7"
                + " characters");

    Configuration config =
        Configuration.load(
            ALL,
            Map.of(
                "EXAMPLE_TOKEN", "123456:AAHsecretTOKENvalue",
                "EXAMPLE_URL", "postgres://bot:hunter2@db.example:5432/gryag"));
    assertThat(config.describe())
        .doesNotContain("AAHsecretTOKENvalue")
        .doesNotContain("hunter2")
        .contains("EXAMPLE_TOKEN")
        .contains("****** (26 characters)   [environment]")
        .contains("postgres://bot:****@db.example:5432/gryag   [environment]");
    assertThat(config.get(TOKEN)).isEqualTo("123456:AAHsecretTOKENvalue");
    assertThat(TOKEN.display("")).isEqualTo("(not set)");
    assertThat(URL.display("postgres:bot:pw@db/x")).isEqualTo("****** (20 characters)");
    assertThat(URL.display("jdbc:postgresql://db/x?user=bot&password=pw"))
        .isEqualTo("jdbc:postgresql://db/x?user=bot&password=****");
  }

  @Test
  void theDescriptionListsEveryKeyUnderItsGroup() {
    String described = Configuration.load(ALL, Map.of("GRYAG_PORT", "8080")).describe();

    assertThat(described)
        .startsWith("Essential\n  EXAMPLE_TOKEN")
        .contains("(not set)")
        .contains("Behaviour\n  GRYAG_CHANCE                       0.02\n")
        .contains("  GRYAG_IDS                          (none)\n")
        .contains("  GRYAG_PORT                         8080   [environment]\n")
        .contains("  GRYAG_CONFIG_FILE                  (none)\n");
  }

  @Test
  void theFileOverridesTheEnvironmentAndUnknownFileKeysAreErrors(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("gryag.properties");
    Files.writeString(file, "GRYAG_SILENCE=1m\n");
    Configuration config =
        Configuration.load(
            ALL, Map.of("GRYAG_SILENCE", "5m", "GRYAG_CONFIG_FILE", file.toString()));
    assertThat(config.get(SILENCE)).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.source(SILENCE)).isEqualTo(Configuration.Source.FILE);
    assertThat(config.variables()).containsEntry("GRYAG_SILENCE", "1m");

    Files.writeString(file, "GRYAG_SILENSE=1m\n");
    assertThatThrownBy(() -> Configuration.load(ALL, Map.of("GRYAG_CONFIG_FILE", file.toString())))
        .hasMessageContaining(
            "GRYAG_SILENSE: unknown key in the configuration file (did you mean GRYAG_SILENCE?)");
  }

  @Test
  void aMissingFileNamesTheKeyAndThePath(@TempDir Path dir) {
    String missing = dir.resolve("nope.properties").toString();
    assertThatThrownBy(() -> Configuration.load(ALL, Map.of("GRYAG_CONFIG_FILE", missing)))
        .hasMessageContaining(
            "GRYAG_CONFIG_FILE: expected a readable properties file (NoSuchFileException")
        .hasMessageEndingWith("got \"" + missing + "\"");
  }

  @Test
  void unknownGryagVariablesAreWarnedAboutWithASuggestion() {
    Configuration config =
        Configuration.load(
            ALL, Map.of("GRYAG_SILENSE", "x", "GRYAG_SOMETHING_ELSE", "y", "PATH", "/bin"));
    assertThat(config.warnings())
        .containsExactly(
            "ignoring unknown variable GRYAG_SILENSE (did you mean GRYAG_SILENCE?)",
            "ignoring unknown variable GRYAG_SOMETHING_ELSE");
  }

  @Test
  void aModuleReadOnItsOwnIgnoresOtherKeysAndTheFile() {
    Configuration config =
        Configuration.of(
            List.of(PORT),
            Map.of("GRYAG_PORT", "1", "GRYAG_OTHER", "x", "GRYAG_CONFIG_FILE", "/x"));
    assertThat(config.get(PORT)).isEqualTo(1);
    assertThat(config.warnings()).isEmpty();
    assertThatThrownBy(() -> config.get(SILENCE)).hasMessageContaining("GRYAG_SILENCE");
  }

  @Test
  void aKeyIsDeclaredOnce() {
    assertThatThrownBy(() -> Configuration.of(List.of(PORT, PORT), Map.of()))
        .hasMessage("GRYAG_PORT is declared twice");
  }
}
