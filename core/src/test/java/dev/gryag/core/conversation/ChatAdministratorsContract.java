package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ChatAdministrators}: implementations extend it with one that knows the
 * given groups' admins (and nothing about any other chat).
 */
public abstract class ChatAdministratorsContract {

  protected static final ChatId GROUP = ChatId.of(-1001234567890L);
  protected static final ChatId OTHER_GROUP = ChatId.of(-1009876543210L);
  protected static final ChatId UNKNOWN_GROUP = ChatId.of(-1005555555555L);
  protected static final UserId CREATOR = UserId.of(101);
  protected static final UserId ADMIN = UserId.of(102);
  protected static final UserId MEMBER = UserId.of(103);

  /**
   * An implementation whose platform names {@code admins} of each chat (creator first) and knows no
   * other chat. Called at most once per test.
   */
  protected abstract ChatAdministrators administrators(Map<ChatId, List<UserId>> admins);

  private ChatAdministrators standard() {
    return administrators(Map.of(GROUP, List.of(CREATOR, ADMIN), OTHER_GROUP, List.of(MEMBER)));
  }

  @Test
  void the_creator_and_the_administrators_of_a_group_are_its_admins() {
    ChatAdministrators admins = standard();

    assertThat(admins.isAdmin(GROUP, CREATOR)).isTrue();
    assertThat(admins.isAdmin(GROUP, ADMIN)).isTrue();
  }

  @Test
  void a_member_the_platform_does_not_name_is_no_admin() {
    assertThat(standard().isAdmin(GROUP, MEMBER)).isFalse();
  }

  @Test
  void administering_one_group_says_nothing_about_another() {
    ChatAdministrators admins = standard();

    assertThat(admins.isAdmin(OTHER_GROUP, ADMIN)).isFalse();
    assertThat(admins.isAdmin(OTHER_GROUP, MEMBER)).isTrue();
  }

  @Test
  void a_chat_the_platform_does_not_know_has_no_admins_and_asking_does_not_throw() {
    ChatAdministrators admins = standard();

    assertThat(admins.isAdmin(UNKNOWN_GROUP, CREATOR)).isFalse();
    assertThat(admins.isAdmin(UNKNOWN_GROUP, CREATOR)).isFalse();
  }

  @Test
  void asking_again_gives_the_same_answer() {
    ChatAdministrators admins = standard();

    for (int i = 0; i < 3; i++) {
      assertThat(admins.isAdmin(GROUP, ADMIN)).isTrue();
      assertThat(admins.isAdmin(GROUP, MEMBER)).isFalse();
    }
  }

  @Test
  void askers_on_many_threads_at_once_get_the_same_answers() throws Exception {
    ChatAdministrators admins = standard();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<Boolean>>> askers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        askers.add(() ->
            List.of(
                admins.isAdmin(GROUP, ADMIN),
                !admins.isAdmin(GROUP, MEMBER),
                admins.isAdmin(OTHER_GROUP, MEMBER)));
      }
      for (Future<List<Boolean>> answer : pool.invokeAll(askers, 60, TimeUnit.SECONDS)) {
        assertThat(answer.get()).containsExactly(true, true, true);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
