package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.conversation.MemberMemory;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Learns about the members of each chat and tells it back: folds every member message into the
 * author's profile, keeps the facts they state about themselves (merged, capped, fading), honours
 * their preferences and their opt-out, and forgets them on request. The conversation's {@link
 * MemberMemory}; the commands {@code /facts}, {@code /forget [key]} and {@code /profile [@user]}
 * are served by {@link #factsReport}, {@link #forget}/{@link #forgetFact} and {@link #report} with
 * {@link #findMember}.
 *
 * <p>Thread-safe. Messages of one chat are expected in order from one thread (the chat's lane);
 * chats run in parallel. Storage failures throw {@link dev.gryag.core.StoreException}.
 */
public final class PersonalizationService implements MemberMemory {

  private final ProfileStore profiles;
  private final FactBook facts;
  private final PreferenceStore preferences;
  private final PersonalizationSettings settings;
  private final Clock clock;
  private final MessageAuthors olderAuthors;
  private final ProfileFolder folder;
  private final RecentAuthors recent;
  private final Descriptions descriptions;

  private PersonalizationService(Builder b) {
    this.profiles = b.profiles;
    this.facts = new FactBook(b.facts, b.extractor, b.settings, b.clock);
    this.preferences = b.preferences;
    this.settings = b.settings;
    this.clock = b.clock;
    this.olderAuthors = b.messageAuthors;
    this.folder = new ProfileFolder(settings.profile());
    this.recent = new RecentAuthors(settings.recentMessages(), settings.recentChats());
    this.descriptions =
        new Descriptions(profiles, facts, preferences, settings, clock, b.chatLanguage);
  }

  /** A builder over the three stores; everything else has a default. */
  public static Builder builder(
      ProfileStore profiles, FactStore facts, PreferenceStore preferences) {
    return new Builder(profiles, facts, preferences);
  }

  /** A service on fresh in-memory stores with the rule-based extractor and default settings. */
  public static PersonalizationService inMemory(Clock clock) {
    return builder(
            new InMemoryProfileStore(), new InMemoryFactStore(), new InMemoryPreferenceStore())
        .clock(clock)
        .build();
  }

  /**
   * Folds a member's message into their profile, counts the reply it may be, and keeps the facts it
   * states. Messages by bots, by this bot, system events and members who opted out are ignored.
   * Call it once per new message (not again for an edit).
   */
  @Override
  public void observe(ChatMessage message, Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    if (message.role() != Role.USER || message.author().isBot()) {
      return;
    }
    ChatId chat = message.chatId();
    UserId author = message.author().id();
    if (optedOut(chat, author)) {
      return;
    }
    UserId repliedTo = repliedAuthor(message);
    recent.remember(message.ref(), author);
    Optional<MemberProfile> folded =
        profiles.update(
            chat,
            author,
            current -> Optional.of(folder.fold(current, message, analysis, repliedTo)));
    if (repliedTo != null) {
      profiles.update(chat, repliedTo, other -> other.map(p -> folder.repliedBy(p, author)));
    }
    boolean learned = facts.learn(message, analysis);
    // An opt-out racing with this message must not leave a fresh profile or facts behind.
    if ((folded.map(p -> p.messages() == 1).orElse(false) || learned) && optedOut(chat, author)) {
      erase(chat, author);
    }
  }

  private UserId repliedAuthor(ChatMessage message) {
    MessageRef target = message.replyTo();
    if (target == null) {
      return null;
    }
    Optional<UserId> author = recent.authorOf(target);
    if (author.isEmpty()) {
      author = olderAuthors.authorOf(target);
    }
    return author
        .filter(other -> !other.equals(message.author().id()))
        .filter(other -> !optedOut(message.chatId(), other))
        .orElse(null);
  }

  /**
   * Merges a fact the member stated at {@code at} (in {@code source}, or null) into what is known,
   * as {@link FactChange} describes, for facts found outside {@link #observe} (an LLM extractor, an
   * import). Empty, keeping nothing, when the member opted out.
   */
  public Optional<FactChange> remember(
      ChatId chat, UserId member, ExtractedFact fact, MessageRef source, Instant at) {
    if (optedOut(chat, member)) {
      return Optional.empty();
    }
    FactChange change = facts.merge(chat, member, fact, source, at);
    facts.enforceCap(chat, member);
    return Optional.of(change);
  }

  /** The member's facts still confident enough to tell, most confident now first. */
  public List<Fact> facts(ChatId chat, UserId member) {
    return optedOut(chat, member) ? List.of() : facts.tellable(chat, member);
  }

  /** The member's profile in the chat, if any. */
  public Optional<MemberProfile> profile(ChatId chat, UserId member) {
    return profiles.find(chat, member);
  }

  @Override
  public String describe(ChatId chat, UserId member, int maxChars) {
    return descriptions
        .subject(chat, member)
        .map(s -> ProfileDescriber.describe(s, maxChars))
        .orElse("");
  }

  @Override
  public Optional<String> report(ChatId chat, UserId member) {
    return descriptions.subject(chat, member).filter(s -> !s.isEmpty()).map(ProfileReport::profile);
  }

  /**
   * What the bot knows about the member, with the keys {@link #forgetFact} takes: {@code /facts}.
   */
  @Override
  public Optional<String> factsReport(ChatId chat, UserId member) {
    return Optional.of(
        descriptions
            .subject(chat, member)
            .map(ProfileReport::facts)
            .orElseGet(
                () -> ProfileWording.of(descriptions.language(chat, member)).text("facts.none")));
  }

  /**
   * The language to tell the member about in: their reply-language preference, else the chat's,
   * else the language they write most in (uk, ru or en), else the default.
   */
  public Language language(ChatId chat, UserId member) {
    return descriptions.language(chat, member);
  }

  /**
   * Erases the member's profile, facts and preferences in the chat, and their name from other
   * members' reply counts; returns how many records went. An opt-out is kept (it holds nothing but
   * the promise to keep nothing): {@link #optIn} lifts it.
   */
  @Override
  public long forget(ChatId chat, UserId member) {
    long erased = erase(chat, member);
    Optional<MemberPreferences> prefs = preferences.find(chat, member);
    if (prefs.isPresent() && !prefs.get().optedOut() && preferences.delete(chat, member)) {
      erased++;
    }
    return erased;
  }

  private long erase(ChatId chat, UserId member) {
    long erased = profiles.delete(chat, member) ? 1 : 0;
    erased += facts.forgetAll(chat, member);
    for (MemberProfile other : profiles.profiles(chat)) {
      if (other.replies().to().containsKey(member.toString())
          || other.replies().from().containsKey(member.toString())) {
        profiles.update(
            chat, other.member(), p -> p.map(q -> ProfileFolder.withoutPartner(q, member)));
      }
    }
    recent.forget(chat, member);
    return erased;
  }

  /** Forgets one fact: {@code /forget key}. True when the member had a fact under the key. */
  @Override
  public boolean forgetFact(ChatId chat, UserId member, String key) {
    return facts.forget(chat, member, key);
  }

  /**
   * The member whose current username is {@code username} (with or without @): {@code
   * /profile @user}.
   */
  public Optional<UserId> findMember(ChatId chat, String username) {
    return profiles.findByUsername(chat, username).map(MemberProfile::member);
  }

  @Override
  public boolean optedOut(ChatId chat, UserId member) {
    return preferences.find(chat, member).map(MemberPreferences::optedOut).orElse(false);
  }

  /** The member's preferences in the chat: none set yet when they never set any. */
  public MemberPreferences preferences(ChatId chat, UserId member) {
    return preferences
        .find(chat, member)
        .orElseGet(() -> MemberPreferences.none(chat, member, clock.instant()));
  }

  /**
   * Sets the member's preferences to {@code change} applied to the current ones; ignored (returns
   * the opt-out) while the member is opted out.
   */
  public MemberPreferences setPreferences(
      ChatId chat, UserId member, UnaryOperator<MemberPreferences> change) {
    MemberPreferences current = preferences(chat, member);
    if (current.optedOut()) {
      return current;
    }
    MemberPreferences next = change.apply(current);
    MemberPreferences stamped =
        new MemberPreferences(
            chat,
            member,
            next.preferredName(),
            next.pronouns(),
            next.replyLanguage(),
            false,
            clock.instant());
    if (stamped.isEmpty()) {
      preferences.delete(chat, member);
    } else {
      preferences.save(stamped);
    }
    return stamped;
  }

  /**
   * Opts the member out in the chat: erases everything about them and keeps nothing from now on.
   * Returns how many records went.
   */
  @Override
  public long optOut(ChatId chat, UserId member) {
    preferences.save(MemberPreferences.optedOut(chat, member, clock.instant()));
    return erase(chat, member);
  }

  /** Lifts the member's opt-out in the chat; true when they had opted out. */
  @Override
  public boolean optIn(ChatId chat, UserId member) {
    return optedOut(chat, member) && preferences.delete(chat, member);
  }

  /**
   * The names the profile saw (display names and usernames, each username also with {@code @}), the
   * preferred name, and the stated name and preferred name among the facts, faded ones too.
   */
  @Override
  public Set<String> names(ChatId chat, UserId member) {
    Set<String> names = new LinkedHashSet<>();
    profiles
        .find(chat, member)
        .map(MemberProfile::names)
        .ifPresent(seen -> {
          names.add(seen.displayName());
          if (seen.username() != null) {
            names.add(seen.username());
          }
          names.addAll(seen.seen().keySet());
        });
    preferences.find(chat, member).map(MemberPreferences::preferredName).ifPresent(names::add);
    for (Fact fact : facts.all(chat, member)) {
      if (fact.key().equals(FactKeys.NAME) || fact.key().equals(FactKeys.PREFERRED_NAME)) {
        names.add(fact.value());
      }
    }
    names.removeIf(String::isBlank);
    return names;
  }

  /** Configures a {@link PersonalizationService}. */
  public static final class Builder {
    private final ProfileStore profiles;
    private final FactStore facts;
    private final PreferenceStore preferences;
    private FactExtractor extractor = new RuleBasedFactExtractor();
    private PersonalizationSettings settings = PersonalizationSettings.DEFAULTS;
    private Clock clock = Clock.systemUTC();
    private MessageAuthors messageAuthors = MessageAuthors.NONE;
    private Function<ChatId, Optional<Language>> chatLanguage = chat -> Optional.empty();

    private Builder(ProfileStore profiles, FactStore facts, PreferenceStore preferences) {
      this.profiles = Objects.requireNonNull(profiles, "profiles");
      this.facts = Objects.requireNonNull(facts, "facts");
      this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /** Where facts come from; default the {@link RuleBasedFactExtractor} in UTC. */
    public Builder extractor(FactExtractor value) {
      this.extractor = Objects.requireNonNull(value, "extractor");
      return this;
    }

    /** Bounds, half-lives and defaults; default {@link PersonalizationSettings#DEFAULTS}. */
    public Builder settings(PersonalizationSettings value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /** The time source for decay and stamps; default the UTC system clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Who wrote older messages replied to; default none (only recent messages are known). */
    public Builder messageAuthors(MessageAuthors value) {
      this.messageAuthors = Objects.requireNonNull(value, "messageAuthors");
      return this;
    }

    /** The chat's configured language, if any; default none. */
    public Builder chatLanguage(Function<ChatId, Optional<Language>> value) {
      this.chatLanguage = Objects.requireNonNull(value, "chatLanguage");
      return this;
    }

    public PersonalizationService build() {
      return new PersonalizationService(this);
    }
  }
}
