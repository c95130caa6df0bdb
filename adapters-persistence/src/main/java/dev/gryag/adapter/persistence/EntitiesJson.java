package dev.gryag.adapter.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.util.List;

/**
 * The stored JSON of a message's entities: {@code [{"type":"MENTION","offset":0,"length":5}, ...]}
 * with {@code url} and {@code user} only where present. The shape is this class's, not the core
 * record's, so renaming a core field never breaks stored rows.
 */
final class EntitiesJson {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entity(String type, int offset, int length, String url, Long user) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final TypeReference<List<Entity>> LIST = new TypeReference<>() {};

  private EntitiesJson() {}

  /** The JSON array, or null for no entities (most messages: no jsonb stored at all). */
  static String write(List<TextEntity> entities) {
    if (entities.isEmpty()) {
      return null;
    }
    List<Entity> rows =
        entities.stream()
            .map(e ->
                new Entity(
                    e.type().name(),
                    e.offset(),
                    e.length(),
                    e.url(),
                    e.user() == null ? null : e.user().value()))
            .toList();
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write entities as JSON", e);
    }
  }

  /**
   * The entities of a stored JSON array; null reads as none. A type this version does not know
   * reads as {@link TextEntity.Type#OTHER}.
   *
   * @throws IllegalArgumentException when the JSON is not an array of entities
   */
  static List<TextEntity> read(String json) {
    if (json == null) {
      return List.of();
    }
    List<Entity> rows;
    try {
      rows = JSON.readValue(json, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("entities are not a JSON array of entities", e);
    }
    return rows.stream()
        .map(e ->
            new TextEntity(
                type(e.type()),
                e.offset(),
                e.length(),
                e.url(),
                e.user() == null ? null : UserId.of(e.user())))
        .toList();
  }

  private static TextEntity.Type type(String name) {
    for (TextEntity.Type type : TextEntity.Type.values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    return TextEntity.Type.OTHER;
  }
}
