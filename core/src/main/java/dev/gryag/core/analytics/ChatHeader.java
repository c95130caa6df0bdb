package dev.gryag.core.analytics;

import dev.gryag.core.model.Names;

/**
 * A chat as an archive introduces it, before its entries.
 *
 * @param id the archive's id of the chat (Telegram's bare peer id), 0 when not given
 * @param name the chat's title or the other person's name; empty when not given, never null
 * @param type the archive's chat type ({@code private_group}, {@code personal_chat}, ...); empty
 *     when not given, never null
 */
public record ChatHeader(long id, String name, String type) {

  public ChatHeader {
    name = name == null ? "" : Names.bounded(name);
    type = type == null ? "" : Names.bounded(type);
  }
}
