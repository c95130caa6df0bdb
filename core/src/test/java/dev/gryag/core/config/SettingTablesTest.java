package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingTablesTest {

  @Test
  void eachGroupIsATableOfKeyDefaultRangeAndMeaning() {
    String tables = SettingTables.tables(ConfigurationTest.ALL);

    assertThat(tables)
        .startsWith(
            """
            ### Essential

            | Key | Default | Allowed | Meaning |
            |---|---|---|---|
            | `EXAMPLE_TOKEN` | — | — | A token. |
            | `GRYAG_IDS` | — | comma-separated | Some ids. |

            ### Behaviour

            | Key | Default | Allowed | Meaning |
            |---|---|---|---|
            | `GRYAG_CHANCE` | `0.02` | 0–1 | A chance. |
            | `GRYAG_SILENCE` | `10m` | 0s–7d | A quiet time. |
            | `GRYAG_MODE` | `all` | all, allow-list | A mode. |
            """)
        .contains("| `GRYAG_PORT` | `9464` | 0–65535 | A port. |")
        .doesNotContain("### Language models");
  }
}
