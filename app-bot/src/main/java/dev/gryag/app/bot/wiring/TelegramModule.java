package dev.gryag.app.bot.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.adapter.telegram.Sleeper;
import dev.gryag.adapter.telegram.TelegramChatAdministrators;
import dev.gryag.adapter.telegram.TelegramClient;
import dev.gryag.adapter.telegram.TelegramMessageSender;
import dev.gryag.app.bot.ops.SendWaits;
import dev.gryag.core.conversation.BotIdentity;
import dev.gryag.core.conversation.ChatAdministrators;
import dev.gryag.core.conversation.MessageSender;
import java.time.Duration;

/**
 * Telegram: the client the lifecycle opened, the bot's identity from getMe, the sender, and who
 * administers each group.
 */
public final class TelegramModule extends AbstractModule {

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
  MessageSender sender() {
    return new TelegramMessageSender(client, new SendWaits(Sleeper.SYSTEM));
  }
}
