package dev.gryag.core.forgetting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TombstoneTest {

  private static final ChatId CHAT = ChatId.of(-1001);
  private static final ChatId OTHER = ChatId.of(-1002);
  private static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");

  @Test
  void itBuriesWhatIsDatedUpToItsMomentWhereItApplies() {
    Tombstone inChat = new Tombstone(UserId.of(11), CHAT, AT);

    assertThat(inChat.buries(CHAT, AT.minusSeconds(1))).isTrue();
    assertThat(inChat.buries(CHAT, AT)).as("the forgetting command's own time").isTrue();
    assertThat(inChat.buries(CHAT, AT.plusMillis(1))).isFalse();
    assertThat(inChat.buries(OTHER, AT.minusSeconds(1))).isFalse();
    assertThat(Tombstone.everywhere(UserId.of(11), AT).buries(OTHER, AT)).isTrue();
  }
}
