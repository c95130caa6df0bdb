package dev.gryag.core.conversation;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.settings.ReplyPolicy;
import dev.gryag.core.settings.Trigger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Tells whether a message addresses the bot, and how. Thread-safe. */
final class AddressDetector {

  private static final int MAX_CACHED_PATTERNS = 256;

  private final BotIdentity bot;
  private final MessageStore messages;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  AddressDetector(BotIdentity bot, MessageStore messages) {
    this.bot = bot;
    this.messages = messages;
  }

  /** The first enabled trigger that addresses the bot, or null when none does. */
  Trigger detect(Inbound inbound, Command command) {
    ReplyPolicy policy = inbound.policy();
    ChatMessage message = inbound.message();
    if (policy.enables(Trigger.PRIVATE_CHAT) && inbound.in().chat().kind() == ChatKind.PRIVATE) {
      return Trigger.PRIVATE_CHAT;
    }
    if (policy.enables(Trigger.COMMAND) && command != null && command.names(bot)) {
      return Trigger.COMMAND;
    }
    if (policy.enables(Trigger.MENTION) && mentionsBot(message)) {
      return Trigger.MENTION;
    }
    if (policy.enables(Trigger.REPLY_TO_BOT) && repliesToBot(inbound.in(), message)) {
      return Trigger.REPLY_TO_BOT;
    }
    if (policy.enables(Trigger.KEYWORD) && namesBot(policy, message.text())) {
      return Trigger.KEYWORD;
    }
    return null;
  }

  private boolean mentionsBot(ChatMessage message) {
    for (TextEntity entity : message.entities()) {
      boolean mention =
          entity.type() == TextEntity.Type.MENTION && bot.isNamed(entity.textIn(message.text()));
      boolean textMention =
          entity.type() == TextEntity.Type.TEXT_MENTION && bot.id().equals(entity.user());
      if (mention || textMention) {
        return true;
      }
    }
    return false;
  }

  private boolean repliesToBot(IncomingMessage in, ChatMessage message) {
    if (message.replyTo() == null) {
      return false;
    }
    if (in.repliedToAuthor() != null) {
      return bot.id().equals(in.repliedToAuthor());
    }
    return messages
        .find(message.replyTo())
        .map(parent -> parent.role() == Role.BOT || bot.id().equals(parent.author().id()))
        .orElse(false);
  }

  private boolean namesBot(ReplyPolicy policy, String text) {
    if (policy.keywordPattern().isEmpty() || text.isEmpty()) {
      return false;
    }
    if (patterns.size() > MAX_CACHED_PATTERNS) {
      patterns.clear();
    }
    return patterns
        .computeIfAbsent(policy.keywordPattern(), ReplyPolicy::compile)
        .matcher(text)
        .find();
  }
}
