package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;

/**
 * Decodes the Bot API's answer envelope: {@code {"ok":true,"result":…}} or {@code
 * {"ok":false,"error_code":…,"description":…,"parameters":{…}}}; anything else on HTTP 200 is
 * malformed and reported with where it went wrong.
 */
final class ApiEnvelope {

  private ApiEnvelope() {}

  static <T> ApiResult<T> decode(
      String method, int httpCode, String body, JavaType type, Redactor redactor)
      throws MalformedResponseException {
    JsonNode root;
    try {
      root = TelegramClient.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      if (httpCode != 200) {
        return new ApiResult.Failed<>(ApiError.of(httpCode, "HTTP " + httpCode));
      }
      throw malformed(method, "is not JSON", e, redactor);
    }
    if (root == null || !root.path("ok").isBoolean()) {
      if (httpCode != 200) {
        return new ApiResult.Failed<>(ApiError.of(httpCode, "HTTP " + httpCode));
      }
      throw new MalformedResponseException(
          "the Bot API answer to " + method + " has no boolean \"ok\" field");
    }
    if (!root.get("ok").booleanValue()) {
      return new ApiResult.Failed<>(error(root, httpCode));
    }
    try {
      return new ApiResult.Ok<>(TelegramClient.JSON.readerFor(type).readValue(root.path("result")));
    } catch (IOException e) {
      throw malformed(method, "has a \"result\" of an unexpected shape", e, redactor);
    }
  }

  private static ApiError error(JsonNode root, int httpCode) {
    JsonNode parameters = root.path("parameters");
    Duration retryAfter =
        parameters.has("retry_after")
            ? Duration.ofSeconds(parameters.get("retry_after").asLong())
            : null;
    Long migrateTo =
        parameters.has("migrate_to_chat_id") ? parameters.get("migrate_to_chat_id").asLong() : null;
    return new ApiError(
        root.path("error_code").asInt(httpCode),
        root.path("description").asText(""),
        retryAfter,
        migrateTo);
  }

  private static MalformedResponseException malformed(
      String method, String what, IOException e, Redactor redactor) {
    String detail;
    if (e instanceof JsonMappingException m) {
      detail = m.getOriginalMessage() + " (at " + m.getPathReference() + ")";
    } else if (e instanceof JsonProcessingException p && p.getLocation() != null) {
      detail =
          p.getOriginalMessage()
              + " (at line "
              + p.getLocation().getLineNr()
              + ", column "
              + p.getLocation().getColumnNr()
              + ")";
    } else {
      detail = e.getMessage();
    }
    return new MalformedResponseException(
        redactor.apply("the Bot API answer to " + method + " " + what + ": " + detail));
  }
}
