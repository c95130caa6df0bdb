package dev.gryag.adapter.telegram;

import java.io.IOException;

/** The Bot API answered something that is not a Bot API response: the position says where. */
final class MalformedResponseException extends IOException {

  MalformedResponseException(String message) {
    super(message);
  }
}
