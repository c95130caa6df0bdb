package dev.gryag.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final ChatId LISTED = ChatId.of(-1);
  private static final ChatId OTHER = ChatId.of(-2);

  @Test
  void all_serves_every_chat() {
    assertThat(AccessPolicy.ALL.allows(LISTED)).isTrue();
    assertThat(AccessPolicy.ALL.allows(OTHER)).isTrue();
  }

  @Test
  void an_allow_list_serves_only_its_chats() {
    AccessPolicy policy = AccessPolicy.allowOnly(Set.of(LISTED));

    assertThat(policy.allows(LISTED)).isTrue();
    assertThat(policy.allows(OTHER)).isFalse();
  }

  @Test
  void a_deny_list_serves_every_chat_but_its_own() {
    AccessPolicy policy = AccessPolicy.denyOnly(Set.of(LISTED));

    assertThat(policy.allows(LISTED)).isFalse();
    assertThat(policy.allows(OTHER)).isTrue();
  }
}
