package dev.gryag.adapter.telegram;

import dev.gryag.adapter.telegram.BotApiTypes.Entity;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps Bot API {@code MessageEntity} lists to {@link TextEntity}s (offsets stay UTF-16). */
final class EntityMapper {

  private static final Logger log = LoggerFactory.getLogger(EntityMapper.class);

  private EntityMapper() {}

  /** The entities Gryag knows by kind; spans that mark nothing are logged and left out. */
  static List<TextEntity> map(List<Entity> entities, String field) {
    if (entities == null) {
      return List.of();
    }
    List<TextEntity> mapped = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.offset() < 0 || e.length() <= 0) {
        log.warn(
            "{}.entities[{}] skipped: offset {} and length {} do not mark a span",
            field,
            i,
            e.offset(),
            e.length());
        continue;
      }
      mapped.add(
          new TextEntity(
              entityType(e.type()),
              e.offset(),
              e.length(),
              "text_link".equals(e.type()) ? e.url() : null,
              e.user() != null && "text_mention".equals(e.type())
                  ? UserId.of(e.user().id())
                  : null));
    }
    return mapped;
  }

  private static TextEntity.Type entityType(String type) {
    return switch (type == null ? "" : type) {
      case "mention" -> TextEntity.Type.MENTION;
      case "text_mention" -> TextEntity.Type.TEXT_MENTION;
      case "bot_command" -> TextEntity.Type.BOT_COMMAND;
      case "url" -> TextEntity.Type.URL;
      case "text_link" -> TextEntity.Type.TEXT_LINK;
      case "hashtag" -> TextEntity.Type.HASHTAG;
      default -> TextEntity.Type.OTHER;
    };
  }
}
