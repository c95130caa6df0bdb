package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.telegram.TelegramEvent.BotMembershipChanged;
import dev.gryag.adapter.telegram.TelegramEvent.ChatMigrated;
import dev.gryag.adapter.telegram.TelegramEvent.MemberStatusChanged;
import dev.gryag.adapter.telegram.TelegramEvent.NewMessage;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateMapperTest {

  private final UpdateMapper mapper = new UpdateMapper(FakeBotApi.BOT_ID);

  private Optional<TelegramEvent> map(String json) throws Exception {
    return mapper.map(TelegramClient.JSON.readValue(json, BotApiTypes.Update.class));
  }

  private NewMessage message(String json) throws Exception {
    return (NewMessage) map(json).orElseThrow();
  }

  @Test
  void a_group_message_keeps_chat_author_time_text_and_mention_entities() throws Exception {
    NewMessage event = message(Updates.MENTION_AND_COMMAND);
    ChatMessage m = event.message();

    assertThat(event.updateId()).isEqualTo(100);
    assertThat(event.edited()).isFalse();
    assertThat(event.chat().id()).isEqualTo(ChatId.of(-1001234567890L));
    assertThat(event.chat().kind()).isEqualTo(ChatKind.SUPERGROUP);
    assertThat(event.chat().title()).isEqualTo("Кава і код");
    assertThat(m.ref()).isEqualTo(MessageRef.of(-1001234567890L, 42));
    assertThat(m.author().id()).isEqualTo(UserId.of(111));
    assertThat(m.author().displayName()).isEqualTo("Олена Коваль");
    assertThat(m.author().username()).isEqualTo("olena_k");
    assertThat(m.author().kind()).isEqualTo(AuthorKind.PERSON);
    assertThat(m.role()).isEqualTo(Role.USER);
    assertThat(m.sentAt()).isEqualTo(Instant.ofEpochSecond(1717000000));
    assertThat(m.editedAt()).isNull();
    assertThat(m.media()).isEqualTo(MediaKind.NONE);
    assertThat(m.threadId()).isNull();
    assertThat(m.replyToMessageId()).isNull();
    assertThat(m.forwarded()).isFalse();
    assertThat(m.entities())
        .containsExactly(
            TextEntity.of(TextEntity.Type.MENTION, 0, 10),
            TextEntity.of(TextEntity.Type.BOT_COMMAND, 18, 15));
    assertThat(m.entities().get(0).textIn(m.text())).isEqualTo("@gryag_bot");
    assertThat(m.entities().get(1).textIn(m.text())).isEqualTo("/help@gryag_bot");
  }

  @Test
  void text_mentions_links_and_hashtags_are_mapped_and_other_entities_kept_as_other()
      throws Exception {
    ChatMessage m = message(Updates.TEXT_MENTION_AND_LINK).message();

    assertThat(m.entities())
        .containsExactly(
            new TextEntity(TextEntity.Type.TEXT_MENTION, 0, 5, null, UserId.of(222)),
            new TextEntity(TextEntity.Type.TEXT_LINK, 11, 4, "https://example.org/docs", null),
            TextEntity.of(TextEntity.Type.URL, 20, 19),
            TextEntity.of(TextEntity.Type.HASHTAG, 40, 5),
            TextEntity.of(TextEntity.Type.OTHER, 0, 5));
    assertThat(m.entities().get(2).textIn(m.text())).isEqualTo("https://example.com");
    assertThat(m.entities().get(3).textIn(m.text())).isEqualTo("#news");
  }

  @Test
  void an_edit_is_flagged_and_carries_the_edit_time() throws Exception {
    NewMessage event = message(Updates.EDITED);

    assertThat(event.edited()).isTrue();
    assertThat(event.message().ref()).isEqualTo(MessageRef.of(-1001234567890L, 42));
    assertThat(event.message().text()).isEqualTo("виправлено");
    assertThat(event.message().editedAt()).isEqualTo(Instant.ofEpochSecond(1717000060));
  }

  @Test
  void a_topic_message_has_its_thread_and_its_topic_root_is_not_a_reply() throws Exception {
    NewMessage event = message(Updates.FORUM_TOPIC);

    assertThat(event.chat().forum()).isTrue();
    assertThat(event.message().threadId()).isEqualTo(70L);
    assertThat(event.message().replyToMessageId()).isNull();
  }

  @Test
  void a_reply_inside_a_topic_keeps_both_thread_and_reply() throws Exception {
    ChatMessage m = message(Updates.FORUM_REPLY).message();

    assertThat(m.threadId()).isEqualTo(70L);
    assertThat(m.replyToMessageId()).isEqualTo(75L);
  }

  @Test
  void a_reply_points_at_the_replied_message() throws Exception {
    ChatMessage m = message(Updates.REPLY).message();

    assertThat(m.replyTo()).isEqualTo(MessageRef.of(-1001234567890L, 40));
  }

  @Test
  void a_forward_is_flagged() throws Exception {
    assertThat(message(Updates.FORWARD).message().forwarded()).isTrue();
  }

  @Test
  void an_anonymous_admin_speaks_as_the_group() throws Exception {
    ChatMessage m = message(Updates.ANONYMOUS_ADMIN).message();

    assertThat(m.author().kind()).isEqualTo(AuthorKind.CHAT);
    assertThat(m.author().id()).isEqualTo(UserId.of(-1001234567890L));
    assertThat(m.author().displayName()).isEqualTo("Кава і код");
  }

  @Test
  void a_linked_channel_post_speaks_as_the_channel_and_is_a_forward() throws Exception {
    ChatMessage m = message(Updates.LINKED_CHANNEL).message();

    assertThat(m.author().kind()).isEqualTo(AuthorKind.CHAT);
    assertThat(m.author().id()).isEqualTo(UserId.of(-1001111111111L));
    assertThat(m.author().username()).isEqualTo("news_ua");
    assertThat(m.forwarded()).isTrue();
  }

  @Test
  void another_bot_is_flagged_as_a_bot_but_is_not_this_bot() throws Exception {
    ChatMessage m = message(Updates.OTHER_BOT).message();

    assertThat(m.author().isBot()).isTrue();
    assertThat(m.author().username()).isEqualTo("weather_bot");
    assertThat(m.role()).isEqualTo(Role.USER);
  }

  @Test
  void this_bots_own_message_has_the_bot_role() throws Exception {
    String own =
        """
        {"update_id":130,"message":{"message_id":60,"from":%s,"chat":%s,"date":1717002000,
         "text":"я тут"}}\
        """
            .formatted(FakeBotApi.ME, Updates.GROUP);

    assertThat(message(own).message().role()).isEqualTo(Role.BOT);
  }

  @Test
  void a_caption_is_the_text_and_caption_entities_its_entities() throws Exception {
    ChatMessage m = message(Updates.PHOTO_WITH_CAPTION).message();

    assertThat(m.media()).isEqualTo(MediaKind.PHOTO);
    assertThat(m.text()).isEqualTo("дивись https://example.com");
    assertThat(m.entities()).containsExactly(TextEntity.of(TextEntity.Type.URL, 7, 19));
    assertThat(m.entities().get(0).textIn(m.text())).isEqualTo("https://example.com");
  }

  @Test
  void a_sticker_is_its_emoji() throws Exception {
    ChatMessage m = message(Updates.STICKER).message();

    assertThat(m.media()).isEqualTo(MediaKind.STICKER);
    assertThat(m.text()).isEqualTo("😂");
  }

  @Test
  void each_media_kind_is_recognised_and_media_without_caption_has_empty_text() throws Exception {
    assertThat(message(Updates.VOICE).message().media()).isEqualTo(MediaKind.VOICE);
    assertThat(message(Updates.VOICE).message().text()).isEmpty();
    assertThat(message(Updates.VIDEO).message().media()).isEqualTo(MediaKind.VIDEO);
    assertThat(message(Updates.VIDEO).message().text()).isEqualTo("відео");
    assertThat(message(Updates.DOCUMENT).message().media()).isEqualTo(MediaKind.DOCUMENT);
    assertThat(message(Updates.ANIMATION).message().media()).isEqualTo(MediaKind.ANIMATION);
  }

  @Test
  void the_bot_being_added_and_kicked_are_membership_changes() throws Exception {
    BotMembershipChanged added = (BotMembershipChanged) map(Updates.BOT_ADDED).orElseThrow();
    BotMembershipChanged kicked = (BotMembershipChanged) map(Updates.BOT_KICKED).orElseThrow();

    assertThat(added.chat().id()).isEqualTo(ChatId.of(-1001234567890L));
    assertThat(added.before()).isEqualTo(MemberStatus.LEFT);
    assertThat(added.after()).isEqualTo(MemberStatus.MEMBER);
    assertThat(added.member()).isTrue();
    assertThat(added.changedBy().id()).isEqualTo(UserId.of(111));
    assertThat(added.at()).isEqualTo(Instant.ofEpochSecond(1717001300));
    assertThat(kicked.after()).isEqualTo(MemberStatus.KICKED);
    assertThat(kicked.member()).isFalse();
  }

  @Test
  void a_members_promotion_is_a_status_change_of_the_chats_admins() throws Exception {
    MemberStatusChanged promoted = (MemberStatusChanged) map(Updates.MEMBER_PROMOTED).orElseThrow();

    assertThat(promoted.chat().id()).isEqualTo(ChatId.of(-1001234567890L));
    assertThat(promoted.member().id()).isEqualTo(UserId.of(222));
    assertThat(promoted.member().name()).isEqualTo("Тарас");
    assertThat(promoted.before()).isEqualTo(MemberStatus.MEMBER);
    assertThat(promoted.after()).isEqualTo(MemberStatus.ADMINISTRATOR);
    assertThat(promoted.changedBy().id()).isEqualTo(UserId.of(111));
    assertThat(promoted.at()).isEqualTo(Instant.ofEpochSecond(1717002000));
    assertThat(promoted.adminsChanged()).isTrue();
  }

  @Test
  void a_member_joining_is_a_status_change_that_leaves_the_admins_alone() throws Exception {
    MemberStatusChanged joined = (MemberStatusChanged) map(Updates.MEMBER_JOINED).orElseThrow();

    assertThat(joined.before()).isEqualTo(MemberStatus.LEFT);
    assertThat(joined.after()).isEqualTo(MemberStatus.MEMBER);
    assertThat(joined.changedBy()).isEqualTo(joined.member());
    assertThat(joined.adminsChanged()).isFalse();
  }

  @Test
  void a_member_status_change_without_the_member_is_refused_naming_the_field() {
    String odd =
        Updates.MEMBER_JOINED.replace(
            "\"new_chat_member\":{\"user\":", "\"new_chat_member\":{\"x\":");

    assertThatThrownBy(() -> map(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chat_member.new_chat_member.user is missing");
  }

  @Test
  void a_group_becoming_a_supergroup_is_a_migration_seen_from_both_sides() throws Exception {
    ChatMigrated to = (ChatMigrated) map(Updates.MIGRATE_TO).orElseThrow();
    ChatMigrated from = (ChatMigrated) map(Updates.MIGRATE_FROM).orElseThrow();

    assertThat(to.from()).isEqualTo(ChatId.of(-4000000001L));
    assertThat(to.to()).isEqualTo(ChatId.of(-1002000000001L));
    assertThat(from.from()).isEqualTo(to.from());
    assertThat(from.to()).isEqualTo(to.to());
  }

  @Test
  void a_private_chat_is_named_after_the_person() throws Exception {
    NewMessage event = message(Updates.PRIVATE_CHAT);

    assertThat(event.chat().kind()).isEqualTo(ChatKind.PRIVATE);
    assertThat(event.chat().title()).isEqualTo("Олена Коваль");
  }

  @Test
  void a_channel_post_is_written_by_the_channel() throws Exception {
    NewMessage event = message(Updates.CHANNEL_POST);

    assertThat(event.chat().kind()).isEqualTo(ChatKind.CHANNEL);
    assertThat(event.message().author().kind()).isEqualTo(AuthorKind.CHAT);
    assertThat(event.message().author().id()).isEqualTo(UserId.of(-1001111111111L));
  }

  @Test
  void service_messages_and_unknown_update_kinds_carry_nothing() throws Exception {
    assertThat(map(Updates.NEW_MEMBERS)).isEmpty();
    assertThat(map(Updates.CALLBACK_QUERY)).isEmpty();
  }

  @Test
  void a_message_without_its_chat_is_refused_naming_the_field() {
    assertThatThrownBy(() -> map(Updates.MISSING_CHAT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message.chat is missing");
  }

  @Test
  void an_unknown_chat_type_is_refused_naming_the_field_and_value() {
    String odd =
        """
        {"update_id":131,"message":{"message_id":61,"from":%s,
         "chat":{"id":-5,"title":"x","type":"hyperchat"},"date":1717002000,"text":"x"}}\
        """
            .formatted(Updates.OLENA);

    assertThatThrownBy(() -> map(odd))
        .hasMessageContaining("message.chat.type")
        .hasMessageContaining("hyperchat");
  }
}
