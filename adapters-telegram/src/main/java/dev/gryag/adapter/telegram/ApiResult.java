package dev.gryag.adapter.telegram;

/** What a Bot API call answered: its result, or Telegram's error. */
sealed interface ApiResult<T> {

  /** {@code "ok": true} with the decoded {@code result}. */
  record Ok<T>(T value) implements ApiResult<T> {}

  /** {@code "ok": false}, or an HTTP failure without a Bot API body. */
  record Failed<T>(ApiError error) implements ApiResult<T> {}
}
