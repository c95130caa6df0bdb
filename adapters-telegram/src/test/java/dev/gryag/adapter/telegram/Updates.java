package dev.gryag.adapter.telegram;

/** Bot API updates as Telegram sends them, for tests. */
final class Updates {

  private Updates() {}

  static final String OLENA =
      """
      {"id":111,"is_bot":false,"first_name":"Олена","last_name":"Коваль","username":"olena_k",\
      "language_code":"uk"}\
      """;

  static final String GROUP =
      """
      {"id":-1001234567890,"title":"Кава і код","type":"supergroup"}\
      """;

  /** A plain text message in a supergroup. */
  static String text(long updateId, long messageId, String text) {
    return """
    {"update_id":%d,"message":{"message_id":%d,"from":%s,"chat":%s,"date":1717000000,\
    "text":%s}}\
    """
        .formatted(updateId, messageId, OLENA, GROUP, TelegramClient.JSON.valueToTree(text));
  }

  static final String MENTION_AND_COMMAND =
      """
      {"update_id":100,"message":{"message_id":42,"from":%s,"chat":%s,"date":1717000000,
       "text":"@gryag_bot привіт /help@gryag_bot",
       "entities":[{"offset":0,"length":10,"type":"mention"},
                   {"offset":18,"length":15,"type":"bot_command"}]}}\
      """
          .formatted(OLENA, GROUP);

  static final String TEXT_MENTION_AND_LINK =
      """
      {"update_id":101,"message":{"message_id":43,"from":%s,"chat":%s,"date":1717000001,
       "text":"Тарас, see docs and https://example.com #news",
       "entities":[{"offset":0,"length":5,"type":"text_mention",
                    "user":{"id":222,"is_bot":false,"first_name":"Тарас"}},
                   {"offset":11,"length":4,"type":"text_link","url":"https://example.org/docs"},
                   {"offset":20,"length":19,"type":"url"},
                   {"offset":40,"length":5,"type":"hashtag"},
                   {"offset":0,"length":5,"type":"bold"}]}}\
      """
          .formatted(OLENA, GROUP);

  static final String EDITED =
      """
      {"update_id":102,"edited_message":{"message_id":42,"from":%s,"chat":%s,"date":1717000000,
       "edit_date":1717000060,"text":"виправлено"}}\
      """
          .formatted(OLENA, GROUP);

  static final String FORUM_TOPIC =
      """
      {"update_id":103,"message":{"message_id":77,"message_thread_id":70,"from":%s,
       "chat":{"id":-1009876543210,"title":"Forum","is_forum":true,"type":"supergroup"},
       "date":1717000100,"is_topic_message":true,
       "reply_to_message":{"message_id":70,"from":%s,
         "chat":{"id":-1009876543210,"title":"Forum","is_forum":true,"type":"supergroup"},
         "date":1716990000,"message_thread_id":70,
         "forum_topic_created":{"name":"Меми","icon_color":7322096},"is_topic_message":true},
       "text":"hi in the topic"}}\
      """
          .formatted(OLENA, OLENA);

  static final String FORUM_REPLY =
      """
      {"update_id":104,"message":{"message_id":78,"message_thread_id":70,"from":%s,
       "chat":{"id":-1009876543210,"title":"Forum","is_forum":true,"type":"supergroup"},
       "date":1717000101,"is_topic_message":true,
       "reply_to_message":{"message_id":75,"message_thread_id":70,"from":%s,
         "chat":{"id":-1009876543210,"title":"Forum","is_forum":true,"type":"supergroup"},
         "date":1717000050,"is_topic_message":true,"text":"earlier"},
       "text":"a reply"}}\
      """
          .formatted(OLENA, OLENA);

  static final String REPLY =
      """
      {"update_id":105,"message":{"message_id":44,"from":%s,"chat":%s,"date":1717000200,
       "reply_to_message":{"message_id":40,"from":{"id":123456789,"is_bot":true,
         "first_name":"Gryag","username":"gryag_bot"},"chat":%s,"date":1716999000,"text":"так"},
       "text":"ні"}}\
      """
          .formatted(OLENA, GROUP, GROUP);

  static final String FORWARD =
      """
      {"update_id":106,"message":{"message_id":45,"from":%s,"chat":%s,"date":1717000300,
       "forward_origin":{"type":"user","sender_user":{"id":333,"is_bot":false,"first_name":"Ян"},
         "date":1716000000},
       "forward_from":{"id":333,"is_bot":false,"first_name":"Ян"},"forward_date":1716000000,
       "text":"переслане"}}\
      """
          .formatted(OLENA, GROUP);

  static final String ANONYMOUS_ADMIN =
      """
      {"update_id":107,"message":{"message_id":46,
       "from":{"id":1087968824,"is_bot":true,"first_name":"Group","username":"GroupAnonymousBot"},
       "sender_chat":%s,"chat":%s,"date":1717000400,"text":"оголошення"}}\
      """
          .formatted(GROUP, GROUP);

  static final String LINKED_CHANNEL =
      """
      {"update_id":108,"message":{"message_id":47,
       "from":{"id":777000,"is_bot":false,"first_name":"Telegram"},
       "sender_chat":{"id":-1001111111111,"title":"Новини","username":"news_ua","type":"channel"},
       "chat":%s,"date":1717000500,"is_automatic_forward":true,
       "forward_origin":{"type":"channel","chat":{"id":-1001111111111,"title":"Новини",
         "username":"news_ua","type":"channel"},"message_id":900,"date":1717000499},
       "forward_from_chat":{"id":-1001111111111,"title":"Новини","username":"news_ua",
         "type":"channel"},"forward_from_message_id":900,"forward_date":1717000499,
       "text":"пост каналу"}}\
      """
          .formatted(GROUP);

  static final String OTHER_BOT =
      """
      {"update_id":109,"message":{"message_id":48,
       "from":{"id":444,"is_bot":true,"first_name":"Weather","username":"weather_bot"},
       "chat":%s,"date":1717000600,"text":"+21°C"}}\
      """
          .formatted(GROUP);

  static final String PHOTO_WITH_CAPTION =
      """
      {"update_id":110,"message":{"message_id":49,"from":%s,"chat":%s,"date":1717000700,
       "photo":[{"file_id":"AgACAgIAAxkBAAIB","file_unique_id":"AQADsb","file_size":1342,
                 "width":90,"height":67},
                {"file_id":"AgACAgIAAxkBAAIC","file_unique_id":"AQADsc","file_size":51234,
                 "width":800,"height":600}],
       "caption":"дивись https://example.com",
       "caption_entities":[{"offset":7,"length":19,"type":"url"}]}}\
      """
          .formatted(OLENA, GROUP);

  static final String STICKER =
      """
      {"update_id":111,"message":{"message_id":50,"from":%s,"chat":%s,"date":1717000800,
       "sticker":{"width":512,"height":512,"emoji":"😂","set_name":"HotCherry",
         "is_animated":true,"is_video":false,"type":"regular",
         "thumbnail":{"file_id":"AAMCAgAD","file_unique_id":"AQADx","file_size":5000,
           "width":128,"height":128},
         "file_id":"CAACAgIAAxkBAAID","file_unique_id":"AgADx","file_size":22000}}}\
      """
          .formatted(OLENA, GROUP);

  static final String VOICE =
      """
      {"update_id":112,"message":{"message_id":51,"from":%s,"chat":%s,"date":1717000900,
       "voice":{"duration":3,"mime_type":"audio/ogg","file_id":"AwACAgIAAxkBAAIE",
         "file_unique_id":"AgADy","file_size":9000}}}\
      """
          .formatted(OLENA, GROUP);

  static final String VIDEO =
      """
      {"update_id":113,"message":{"message_id":52,"from":%s,"chat":%s,"date":1717001000,
       "video":{"duration":12,"width":1280,"height":720,"mime_type":"video/mp4",
         "file_id":"BAACAgIAAxkBAAIF","file_unique_id":"AgADz","file_size":2000000},
       "caption":"відео"}}\
      """
          .formatted(OLENA, GROUP);

  static final String DOCUMENT =
      """
      {"update_id":114,"message":{"message_id":53,"from":%s,"chat":%s,"date":1717001100,
       "document":{"file_name":"звіт.pdf","mime_type":"application/pdf",
         "file_id":"BQACAgIAAxkBAAIG","file_unique_id":"AgAD0","file_size":120000}}}\
      """
          .formatted(OLENA, GROUP);

  static final String ANIMATION =
      """
      {"update_id":115,"message":{"message_id":54,"from":%s,"chat":%s,"date":1717001200,
       "animation":{"file_name":"cat.mp4","mime_type":"video/mp4","duration":2,"width":320,
         "height":240,"file_id":"CgACAgIAAxkBAAIH","file_unique_id":"AgAD1","file_size":90000},
       "document":{"file_name":"cat.mp4","mime_type":"video/mp4",
         "file_id":"CgACAgIAAxkBAAIH","file_unique_id":"AgAD1","file_size":90000}}}\
      """
          .formatted(OLENA, GROUP);

  static final String BOT_ADDED =
      """
      {"update_id":116,"my_chat_member":{"chat":%s,"from":%s,"date":1717001300,
       "old_chat_member":{"user":{"id":123456789,"is_bot":true,"first_name":"Gryag",
         "username":"gryag_bot"},"status":"left"},
       "new_chat_member":{"user":{"id":123456789,"is_bot":true,"first_name":"Gryag",
         "username":"gryag_bot"},"status":"member"}}}\
      """
          .formatted(GROUP, OLENA);

  static final String BOT_KICKED =
      """
      {"update_id":117,"my_chat_member":{"chat":%s,"from":%s,"date":1717001400,
       "old_chat_member":{"user":{"id":123456789,"is_bot":true,"first_name":"Gryag",
         "username":"gryag_bot"},"status":"member"},
       "new_chat_member":{"user":{"id":123456789,"is_bot":true,"first_name":"Gryag",
         "username":"gryag_bot"},"status":"kicked","until_date":0}}}\
      """
          .formatted(GROUP, OLENA);

  static final String TARAS =
      """
      {"id":222,"is_bot":false,"first_name":"Тарас","username":"taras_b","language_code":"uk"}\
      """;

  /** Олена promotes Тарас to administrator: a {@code chat_member} update. */
  static final String MEMBER_PROMOTED =
      """
      {"update_id":125,"chat_member":{"chat":%s,"from":%s,"date":1717002000,
       "old_chat_member":{"user":%s,"status":"member"},
       "new_chat_member":{"user":%s,"status":"administrator","can_be_edited":true,
         "is_anonymous":false,"can_manage_chat":true,"can_delete_messages":true,
         "can_manage_video_chats":true,"can_restrict_members":true,"can_promote_members":false,
         "can_change_info":true,"can_invite_users":true,"can_post_stories":false,
         "can_edit_stories":false,"can_delete_stories":false,"can_pin_messages":true,
         "can_manage_topics":false}}}\
      """
          .formatted(GROUP, OLENA, TARAS, TARAS);

  /** Тарас joins by a link: a {@code chat_member} update that changes no admin. */
  static final String MEMBER_JOINED =
      """
      {"update_id":126,"chat_member":{"chat":%s,"from":%s,"date":1717002100,
       "old_chat_member":{"user":%s,"status":"left"},
       "new_chat_member":{"user":%s,"status":"member"},
       "invite_link":{"invite_link":"https://t.me/+AbCdEf","creator":%s,
         "creates_join_request":false,"is_primary":true,"is_revoked":false}}}\
      """
          .formatted(GROUP, TARAS, TARAS, TARAS, OLENA);

  static final String MIGRATE_TO =
      """
      {"update_id":118,"message":{"message_id":5,"from":%s,
       "chat":{"id":-4000000001,"title":"Стара група","type":"group",
         "all_members_are_administrators":true},
       "date":1717001500,"migrate_to_chat_id":-1002000000001}}\
      """
          .formatted(OLENA);

  static final String MIGRATE_FROM =
      """
      {"update_id":119,"message":{"message_id":1,"from":%s,
       "chat":{"id":-1002000000001,"title":"Стара група","type":"supergroup"},
       "date":1717001500,"migrate_from_chat_id":-4000000001}}\
      """
          .formatted(OLENA);

  static final String NEW_MEMBERS =
      """
      {"update_id":120,"message":{"message_id":55,"from":%s,"chat":%s,"date":1717001600,
       "new_chat_participant":{"id":555,"is_bot":false,"first_name":"Іра"},
       "new_chat_member":{"id":555,"is_bot":false,"first_name":"Іра"},
       "new_chat_members":[{"id":555,"is_bot":false,"first_name":"Іра"}]}}\
      """
          .formatted(OLENA, GROUP);

  static final String CALLBACK_QUERY =
      """
      {"update_id":121,"callback_query":{"id":"4382bfdwdsb323b2d9","from":%s,
       "chat_instance":"-8216546325643281","data":"vote:1"}}\
      """
          .formatted(OLENA);

  static final String PRIVATE_CHAT =
      """
      {"update_id":122,"message":{"message_id":3,"from":%s,
       "chat":{"id":111,"first_name":"Олена","last_name":"Коваль","username":"olena_k",
         "type":"private"},"date":1717001700,"text":"/start","entities":[{"offset":0,
         "length":6,"type":"bot_command"}]}}\
      """
          .formatted(OLENA);

  static final String CHANNEL_POST =
      """
      {"update_id":123,"channel_post":{"message_id":901,
       "chat":{"id":-1001111111111,"title":"Новини","username":"news_ua","type":"channel"},
       "date":1717001800,"text":"новина"}}\
      """;

  static final String MISSING_CHAT =
      """
      {"update_id":124,"message":{"message_id":56,"from":%s,"date":1717001900,"text":"?"}}\
      """
          .formatted(OLENA);
}
