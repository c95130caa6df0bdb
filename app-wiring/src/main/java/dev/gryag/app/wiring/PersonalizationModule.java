package dev.gryag.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.SummaryForgetting;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.MemberForgetting;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;
import dev.gryag.core.personalization.RuleBasedFactExtractor;
import java.time.Clock;

/**
 * What the bot knows about members and how it forgets them: the personalization service over the
 * stores, with the rule-based fact extractor, the authors of older messages looked up in the
 * message store, and the app's clock; and the one {@link MemberForgetting} ({@code /forget}, {@code
 * /optout}, {@code gryag forget}) with the stored tombstones and the summaries that speak of a
 * member.
 */
public final class PersonalizationModule extends AbstractModule {

  @Provides
  @Singleton
  PersonalizationService personalization(
      ProfileStore profiles,
      FactStore facts,
      PreferenceStore preferences,
      MessageStore messages,
      Clock clock) {
    return PersonalizationService.builder(profiles, facts, preferences)
        .extractor(new RuleBasedFactExtractor())
        .messageAuthors(ref -> messages.find(ref).map(m -> m.author().id()))
        .clock(clock)
        .build();
  }

  @Provides
  @Singleton
  MemberForgetting forgetting(
      MessageStore messages,
      PersonalizationService personalization,
      Tombstones tombstones,
      ChatSummaryStore summaries) {
    return new MemberForgetting(
        messages, personalization, tombstones, new SummaryForgetting(summaries));
  }
}
