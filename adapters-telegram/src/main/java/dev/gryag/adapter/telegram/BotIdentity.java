package dev.gryag.adapter.telegram;

import dev.gryag.core.model.UserId;
import java.util.Objects;

/**
 * Who the bot is, as {@code getMe} reports it: the bot needs its id to recognise its own messages
 * and its username to notice mentions.
 *
 * @param id the bot's user id
 * @param username the bot's username without {@code @}
 * @param firstName the bot's display name
 */
public record BotIdentity(UserId id, String username, String firstName) {

  public BotIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    firstName = firstName == null ? "" : firstName;
  }
}
