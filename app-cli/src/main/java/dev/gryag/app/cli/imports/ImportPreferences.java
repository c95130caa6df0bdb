package dev.gryag.app.cli.imports;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberPreferences;
import dev.gryag.core.personalization.PreferenceStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-through cache over the {@link PreferenceStore} for an import, which asks for every
 * message's author whether they opted out: one query per member instead of one per message. Writes
 * go through at once.
 */
final class ImportPreferences implements PreferenceStore {

  private final PreferenceStore store;
  private final Map<String, Optional<MemberPreferences>> cache = new HashMap<>();

  ImportPreferences(PreferenceStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  private static String key(ChatId chat, UserId member) {
    return chat.value() + ":" + member.value();
  }

  @Override
  public Optional<MemberPreferences> find(ChatId chat, UserId member) {
    return cache.computeIfAbsent(key(chat, member), k -> store.find(chat, member));
  }

  @Override
  public void save(MemberPreferences preferences) {
    store.save(preferences);
    cache.remove(key(preferences.chat(), preferences.member()));
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    cache.remove(key(chat, member));
    return store.delete(chat, member);
  }

  @Override
  public int move(ChatMigration migration) {
    cache.clear();
    return store.move(migration);
  }
}
