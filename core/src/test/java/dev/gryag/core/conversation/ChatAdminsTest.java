package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.ANONYMOUS_ADMIN;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.OTHER_GROUP;
import static dev.gryag.core.conversation.Harness.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.limits.Limit;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Who counts as an admin: the group's own admins as the platform names them, and the owners. */
class ChatAdminsTest {

  private final Harness harness = new Harness();
  private final InMemoryChatAdministrators admins = new InMemoryChatAdministrators();
  private final List<String> asked = new CopyOnWriteArrayList<>();

  ChatAdminsTest() {
    harness.administrators =
        (chat, user) -> {
          asked.add(chat + "/" + user);
          return admins.isAdmin(chat, user);
        };
  }

  @Test
  void an_admin_of_the_group_who_is_no_owner_sets_the_persona() {
    admins.appoint(GROUP.id(), ALICE.id());

    Outcome outcome = harness.in(GROUP, ALICE, "/persona Ти пірат.");

    assertThat(outcome).extracting("response").isEqualTo(Phrase.PERSONA_SET.defaultText());
    assertThat(harness.settings.get(GROUP.id()).persona()).isEqualTo("Ти пірат.");
  }

  @Test
  void a_member_is_refused_in_one_line_and_nothing_changes() {
    admins.appoint(GROUP.id(), ALICE.id());

    Outcome outcome = harness.in(GROUP, BOB, "/persona Ти пірат.");

    assertThat(outcome)
        .isEqualTo(
            new Outcome.CommandHandled("persona", "/persona — лише для адмінів чату.", true));
    assertThat(harness.sender.texts()).singleElement().asString().doesNotContain("\n");
    assertThat(harness.settings.get(GROUP.id()).persona()).isNull();
  }

  @Test
  void an_admin_of_another_group_is_a_member_here() {
    admins.appoint(OTHER_GROUP.id(), ALICE.id());

    assertThat(harness.in(GROUP, ALICE, "/reset"))
        .extracting("response")
        .isEqualTo("/reset — лише для адмінів чату.");
  }

  @Test
  void owners_are_admins_everywhere_without_asking() {
    harness.config = harness.config.withOperators(Set.of(BOB.id()));

    assertThat(harness.in(GROUP, BOB, "/persona Ти пірат."))
        .extracting("response")
        .isEqualTo(Phrase.PERSONA_SET.defaultText());
    assertThat(harness.in(PRIVATE, BOB, "/persona"))
        .extracting("response")
        .asString()
        .startsWith("Персона цього чату:");
    assertThat(asked).isEmpty();
  }

  @Test
  void an_anonymous_admin_writing_as_the_group_is_an_admin_without_asking() {
    assertThat(harness.in(GROUP, ANONYMOUS_ADMIN, "/persona Ти пірат."))
        .extracting("response")
        .isEqualTo(Phrase.PERSONA_SET.defaultText());
    assertThat(asked).isEmpty();
  }

  @Test
  void in_a_private_chat_the_other_person_is_no_admin_and_nobody_is_asked() {
    admins.appoint(PRIVATE.id(), ALICE.id());

    assertThat(harness.in(PRIVATE, ALICE, "/persona Ти пірат."))
        .extracting("response")
        .isEqualTo("/persona — лише для адмінів чату.");
    assertThat(asked).isEmpty();
  }

  @Test
  void the_platform_is_asked_only_when_a_rule_needs_it_and_once_per_message() {
    harness.in(GROUP, ALICE, "хто йде на каву?");
    assertThat(asked).as("plain chatter needs no admin").isEmpty();

    harness.in(GROUP, ALICE, "/persona Ти пірат.");
    assertThat(asked).containsExactly(GROUP.id() + "/" + ALICE.id());

    harness.in(GROUP, BOB, "гряг, привіт");
    assertThat(asked).hasSize(2).last().isEqualTo(GROUP.id() + "/" + BOB.id());
  }

  @Test
  void a_failing_platform_leaves_the_author_a_member_and_the_message_handled() {
    harness.administrators =
        (chat, user) -> {
          throw new IllegalStateException("Telegram is down");
        };

    Outcome outcome = harness.in(GROUP, ALICE, "/persona Ти пірат.");

    assertThat(outcome)
        .isEqualTo(
            new Outcome.CommandHandled("persona", "/persona — лише для адмінів чату.", true));
    assertThat(harness.in(GROUP, ALICE, "гряг, ти тут?")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void admins_of_the_group_bypass_the_answer_rate_limits() {
    harness.config =
        harness.config.withLimits(
            new RateLimits(Limit.perHour(1, 1), Limit.perHour(100, 100), Limit.perHour(100, 100)));
    admins.appoint(GROUP.id(), ALICE.id());

    for (int i = 0; i < 3; i++) {
      assertThat(harness.in(GROUP, ALICE, "гряг " + i)).isInstanceOf(Outcome.Replied.class);
    }
    harness.in(GROUP, BOB, "гряг, раз");
    assertThat(harness.in(GROUP, BOB, "гряг, два")).isInstanceOf(Outcome.RateLimited.class);
  }

  @Test
  void the_service_asks_about_the_chat_and_the_author_of_the_message() {
    harness.in(OTHER_GROUP, BOB, "/ban @alice");

    assertThat(asked).containsExactly(ChatId.of(-100_600) + "/" + UserId.of(12));
  }
}
