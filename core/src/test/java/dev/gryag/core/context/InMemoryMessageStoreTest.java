package dev.gryag.core.context;

import static dev.gryag.core.context.Messages.CHAT;
import static dev.gryag.core.context.Messages.T0;
import static dev.gryag.core.context.Messages.fromAlice;
import static dev.gryag.core.context.Messages.fromBob;
import static dev.gryag.core.context.Messages.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.MessageRef;
import org.junit.jupiter.api.Test;

class InMemoryMessageStoreTest extends MessageStoreContract {

  @Override
  protected MessageStore newStore() {
    return new InMemoryMessageStore();
  }

  @Test
  void a_chat_beyond_its_bound_drops_its_oldest_unimportant_messages() {
    MessageStore bounded = new InMemoryMessageStore(3);
    bounded.append(fromAlice(1, "pinned"));
    bounded.markImportant(new MessageRef(CHAT, 1), true);
    for (long id = 2; id <= 6; id++) {
      bounded.append(fromBob(id, "m" + id));
    }

    assertThat(ids(bounded.recent(CHAT, 10))).containsExactly(1L, 5L, 6L);
  }

  @Test
  void search_still_works_after_most_of_the_index_died_and_was_rebuilt() {
    MessageStore big = new InMemoryMessageStore();
    for (long id = 1; id <= 5000; id++) {
      big.append(fromAlice(id, (id % 2 == 0 ? "comet " : "meteor ") + id));
    }

    assertThat(big.deleteBefore(CHAT, T0.plusSeconds(4990), 10_000)).isEqualTo(4989);

    assertThat(ids(big.search(CHAT, "comet", T0.plusSeconds(10_000), 100)))
        .containsExactly(5000L, 4998L, 4996L, 4994L, 4992L, 4990L);
    big.append(fromBob(6000, "comet returns"));
    assertThat(ids(big.search(CHAT, "comet", T0.plusSeconds(10_000), 1))).containsExactly(6000L);
  }

  @Test
  void inflected_forms_meet_through_the_light_stem() {
    MessageStore memory = new InMemoryMessageStore();
    memory.append(fromAlice(1, "Обговорюємо програмування на Java"));

    assertThat(ids(memory.search(CHAT, "програмуванням", T0.plusSeconds(10), 5)))
        .containsExactly(1L);
  }

  @Test
  void the_bound_must_be_positive() {
    assertThatThrownBy(() -> new InMemoryMessageStore(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPerChat");
  }
}
