package dev.gryag.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void aHundredThousandCharacterNameIsKeptCutTo256() {
    Author author = Author.person(1, "Ж".repeat(100_000), "u".repeat(100_000));
    Chat chat = Chat.group(-100, "T".repeat(100_000));

    assertThat(author.displayName()).hasSize(Names.MAX_LENGTH).endsWith("Ж…");
    assertThat(author.username()).hasSize(Names.MAX_LENGTH);
    assertThat(chat.title()).hasSize(Names.MAX_LENGTH).endsWith("T…");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String name = "a".repeat(Names.MAX_LENGTH - 2) + "😀".repeat(10);

    String kept = Names.bounded(name);

    assertThat(kept).endsWith("a…").hasSize(Names.MAX_LENGTH - 1);
    assertThat(Names.bounded("Олена")).isEqualTo("Олена");
  }
}
