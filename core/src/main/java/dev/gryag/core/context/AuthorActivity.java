package dev.gryag.core.context;

import dev.gryag.core.model.Author;
import java.util.Objects;

/**
 * How many messages one author wrote in a chat.
 *
 * @param author the author as their latest stored message names them
 * @param messages how many messages; positive
 */
public record AuthorActivity(Author author, long messages) {

  public AuthorActivity {
    Objects.requireNonNull(author, "author");
    if (messages <= 0) {
      throw new IllegalArgumentException("messages must be positive, was " + messages);
    }
  }
}
