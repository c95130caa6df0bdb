package dev.gryag.core.conversation;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the member a {@code /ban} or {@code /unban} is about: the author of the message it replies
 * to, else a numeric user id or an {@code @username} (looked up among the chat's latest messages)
 * as its argument.
 */
final class BanTargets {

  private static final int USERNAME_LOOKBACK = 2000;

  private final MessageStore messages;

  BanTargets(MessageStore messages) {
    this.messages = messages;
  }

  Optional<Author> find(Inbound inbound, String arguments) {
    ChatMessage command = inbound.message();
    if (command.replyTo() != null) {
      Optional<Author> replied = messages.find(command.replyTo()).map(ChatMessage::author);
      UserId told = inbound.in().repliedToAuthor();
      return replied.isPresent() || told == null
          ? replied
          : Optional.of(Author.person(told.value(), "", null));
    }
    String word = arguments.isEmpty() ? "" : arguments.split("\\s+", 2)[0];
    if (word.matches("-?\\d{1,15}") && !word.matches("-?0+")) {
      long id = Long.parseLong(word);
      return Optional.of(
          latestNaming(inbound, a -> a.id().value() == id).orElse(Author.person(id, "", null)));
    }
    if (word.startsWith("@") && word.length() > 1) {
      String username = word.substring(1);
      return latestNaming(inbound, a -> username.equalsIgnoreCase(a.username()));
    }
    return Optional.empty();
  }

  private Optional<Author> latestNaming(Inbound inbound, Predicate<Author> which) {
    List<ChatMessage> latest = messages.recent(inbound.chat(), USERNAME_LOOKBACK);
    for (ChatMessage message : latest.reversed()) {
      if (which.test(message.author())) {
        return Optional.of(message.author());
      }
    }
    return Optional.empty();
  }
}
