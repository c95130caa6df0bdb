package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PreferenceStore} in a concurrent hash map: thread-safe, nothing survives the JVM. */
public final class InMemoryPreferenceStore implements PreferenceStore {

  private final ConcurrentHashMap<MemberKey, MemberPreferences> preferences =
      new ConcurrentHashMap<>();

  @Override
  public Optional<MemberPreferences> find(ChatId chat, UserId member) {
    return Optional.ofNullable(preferences.get(new MemberKey(chat, member)));
  }

  @Override
  public void save(MemberPreferences saved) {
    Objects.requireNonNull(saved, "preferences");
    preferences.put(new MemberKey(saved.chat(), saved.member()), saved);
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    return preferences.remove(new MemberKey(chat, member)) != null;
  }

  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    int moved = 0;
    for (MemberKey key : List.copyOf(preferences.keySet())) {
      if (!key.chat().equals(migration.from())) {
        continue;
      }
      MemberPreferences old = preferences.remove(key);
      if (old != null) {
        // The target's own preferences were set after the upgrade: they stay.
        preferences.putIfAbsent(new MemberKey(migration.to(), key.member()), moved(old, migration));
        moved++;
      }
    }
    return moved;
  }

  private static MemberPreferences moved(MemberPreferences old, ChatMigration migration) {
    return new MemberPreferences(
        migration.to(),
        old.member(),
        old.preferredName(),
        old.pronouns(),
        old.replyLanguage(),
        old.optedOut(),
        old.updatedAt());
  }
}
