package dev.gryag.app.cli.bench;

import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.ProfileFolder;
import dev.gryag.core.personalization.ProfileSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Fills in-memory stores for the cleanup figures: half of everything is due. */
final class CleanupStores {

  private CleanupStores() {}

  static void fill(
      InMemoryProfileStore profiles,
      InMemoryFactStore facts,
      BenchWorkload w,
      int items,
      Instant now,
      RetentionPolicy policy,
      Duration halfLife) {
    ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
    Instant idle = now.minus(policy.profileIdleAfter()).minus(Duration.ofDays(1));
    Instant active = now.minus(Duration.ofDays(1));
    for (int i = 0; i < items; i++) {
      ChatId chat = ChatId.of(-2_000_000L - i % 100);
      Author author = Author.person(1 + i / 100, "Member " + i, null);
      Instant at = (i % 2 == 0 ? idle : active).minusSeconds(i % 10_000);
      ChatMessage message = ChatMessage.text(new MessageRef(chat, i + 1L), author, at, "text");
      int sample = i % w.analyses.length;
      profiles.update(
          chat, author.id(), p -> Optional.of(folder.fold(p, message, w.analyses[sample], null)));
    }
    // 0.8 fades to 0.05 in four half-lives: below the default floor of 0.1.
    Instant faded = now.minus(halfLife.multipliedBy(4));
    for (int i = 0; i < items; i++) {
      ChatId chat = ChatId.of(-2_000_000L - i % 100);
      UserId member = UserId.of(1 + i / 1000);
      Instant at = (i % 2 == 0 ? faded : now).minusSeconds(i % 10_000);
      Fact fact =
          new Fact(
              chat,
              member,
              FactCategory.OTHER,
              "key" + (i / 100) % 10 + "." + i,
              "value " + i,
              0.8,
              1,
              new MessageRef(chat, i + 1L),
              at,
              at);
      facts.update(chat, member, fact.key(), f -> Optional.of(fact));
    }
  }
}
