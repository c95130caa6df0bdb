package dev.gryag.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatMigrationTest {

  private static final ChatId GROUP = ChatId.of(-4_000_000_001L);
  private static final ChatId SUPERGROUP = ChatId.of(-1_002_000_000_001L);
  private final ChatMigration migration = new ChatMigration(GROUP, SUPERGROUP);

  @Test
  void a_moved_id_is_two_to_the_fortieth_plus_the_old_one() {
    assertThat(ChatMigration.MOVED_ID_BASE).isEqualTo(1_099_511_627_776L);
    assertThat(migration.movedMessageId(1)).isEqualTo(1_099_511_627_777L);
    assertThat(migration.movedMessageId(Integer.MAX_VALUE))
        .isEqualTo(ChatMigration.MOVED_ID_BASE + Integer.MAX_VALUE)
        .isPositive();
  }

  @Test
  void only_ids_a_group_can_have_are_moved() {
    assertThatThrownBy(() -> migration.movedMessageId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1, 2^40)")
        .hasMessageContaining(GROUP.toString());
    assertThatThrownBy(() -> migration.movedMessageId(ChatMigration.MOVED_ID_BASE + 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_chat_cannot_migrate_to_itself_or_nowhere() {
    assertThatThrownBy(() -> new ChatMigration(GROUP, GROUP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> new ChatMigration(GROUP, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("to");
  }

  @Test
  void a_moved_message_keeps_everything_but_its_chat_and_ids() {
    ChatMessage old =
        new ChatMessage(
            new MessageRef(GROUP, 57),
            3L,
            Author.person(11, "Аліса", "alice"),
            Role.USER,
            Instant.parse("2025-03-01T12:00:00Z"),
            Instant.parse("2025-03-01T12:05:00Z"),
            "привіт @bob",
            MediaKind.PHOTO,
            56L,
            List.of(TextEntity.of(TextEntity.Type.MENTION, 7, 4)),
            true);

    ChatMessage moved = migration.moved(old);

    assertThat(moved.ref()).isEqualTo(migration.moved(old.ref()));
    assertThat(moved.ref()).isEqualTo(new MessageRef(SUPERGROUP, ChatMigration.MOVED_ID_BASE + 57));
    assertThat(moved.replyTo()).isEqualTo(migration.moved(new MessageRef(GROUP, 56)));
    assertThat(moved.threadId()).isEqualTo(ChatMigration.MOVED_ID_BASE + 3);
    assertThat(moved)
        .usingRecursiveComparison()
        .ignoringFields("ref", "replyToMessageId", "threadId")
        .isEqualTo(old);
    assertThat(migration.moved(old.withReplyTo(null).withThread(null)).replyTo()).isNull();
  }

  @Test
  void only_the_old_group_messages_are_moved() {
    assertThatThrownBy(() -> migration.moved(new MessageRef(SUPERGROUP, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in chat " + GROUP);
  }
}
