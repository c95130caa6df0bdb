package dev.gryag.app.bot.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.adapter.telegram.ChatAvailabilityListener;
import dev.gryag.adapter.telegram.Sleeper;
import dev.gryag.adapter.telegram.TelegramChatAdministrators;
import dev.gryag.adapter.telegram.TelegramClient;
import dev.gryag.adapter.telegram.TelegramMessageSender;
import dev.gryag.app.bot.ops.SendWaits;
import dev.gryag.core.chats.ChatMigrations;
import dev.gryag.core.conversation.BotIdentity;
import dev.gryag.core.conversation.ChatAdministrators;
import dev.gryag.core.conversation.MessageSender;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.settings.ChatSettingsStore;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram: the client the lifecycle opened, the bot's identity from getMe, the sender, and who
 * administers each group.
 */
public final class TelegramModule extends AbstractModule {

  private static final Logger log = LoggerFactory.getLogger(TelegramModule.class);

  private final TelegramClient client;
  private final dev.gryag.adapter.telegram.BotIdentity me;
  private final Duration adminsTtl;

  /**
   * @param adminsTtl how long a group's admin list is trusted
   */
  public TelegramModule(
      TelegramClient client, dev.gryag.adapter.telegram.BotIdentity me, Duration adminsTtl) {
    this.client = client;
    this.me = me;
    this.adminsTtl = adminsTtl;
  }

  @Provides
  TelegramClient client() {
    return client;
  }

  @Provides
  @Singleton
  BotIdentity identity() {
    return new BotIdentity(me.id(), me.username(), me.firstName());
  }

  @Provides
  @Singleton
  TelegramChatAdministrators telegramAdministrators() {
    return new TelegramChatAdministrators(client, adminsTtl);
  }

  @Provides
  ChatAdministrators administrators(TelegramChatAdministrators administrators) {
    return administrators;
  }

  @Provides
  @Singleton
  MessageSender sender(ChatSettingsStore settings, ChatMigrations migrations) {
    return new TelegramMessageSender(
        client,
        new ChatAvailabilityListener() {
          @Override
          public void chatUnavailable(ChatId chat, String reason) {
            log.warn("chat {} is unavailable ({}); marking it inactive", chat, reason);
            settings.update(chat, s -> s.withActive(false));
          }

          @Override
          public void chatMigrated(ChatId from, ChatId to) {
            // The updates announcing the migration may have been missed (the bot was offline for
            // longer than Telegram keeps them): the history follows the chat from here too.
            try {
              log.info(
                  "sending found a migration; moved {}",
                  migrations.migrate(new ChatMigration(from, to)));
            } catch (RuntimeException e) {
              log.warn("chat {} became {}, but its history could not be moved yet", from, to, e);
            }
          }
        },
        new SendWaits(Sleeper.SYSTEM));
  }
}
