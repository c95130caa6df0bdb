package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryChatAdministratorsTest extends ChatAdministratorsContract {

  @Override
  protected ChatAdministrators administrators(Map<ChatId, List<UserId>> admins) {
    InMemoryChatAdministrators memory = new InMemoryChatAdministrators();
    admins.forEach((chat, users) -> users.forEach(user -> memory.appoint(chat, user)));
    return memory;
  }

  @Test
  void a_dismissed_admin_is_a_member_again() {
    InMemoryChatAdministrators admins =
        new InMemoryChatAdministrators().appoint(GROUP, ADMIN).appoint(GROUP, CREATOR);

    admins.dismiss(GROUP, ADMIN);

    assertThat(admins.isAdmin(GROUP, ADMIN)).isFalse();
    assertThat(admins.isAdmin(GROUP, CREATOR)).isTrue();
  }
}
