package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
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
}
