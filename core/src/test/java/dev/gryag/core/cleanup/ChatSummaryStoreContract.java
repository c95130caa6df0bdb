package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ChatSummaryStore} must have. Extend it with a factory for the
 * implementation under test; each test gets a fresh, empty store.
 */
public abstract class ChatSummaryStoreContract {

  private static final ChatId CHAT = ChatId.of(-1001);
  private static final ChatId OTHER = ChatId.of(-1002);
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  protected ChatSummaryStore store;

  /** A new, empty store. */
  protected abstract ChatSummaryStore newStore();

  @BeforeEach
  protected void createStore() {
    store = newStore();
  }

  private static ChatSummary summary(ChatId chat, long first, long last, Instant to, String text) {
    return new ChatSummary(
        chat,
        first,
        last,
        to.minus(Duration.ofHours(1)),
        to,
        (int) (last - first + 1),
        text,
        "gemini",
        to.plusSeconds(60),
        Set.of(UserId.of(11), UserId.of(first + 100)));
  }

  @Test
  void nothingIsStoredAtFirst() {
    assertThat(store.recent(CHAT, 10)).isEmpty();
    assertThat(store.countEndedBefore(T0.plus(Duration.ofDays(9999)))).isZero();
  }

  @Test
  void aMoveTakesEverySummaryToTheNewChatWithItsIdRangeMapped() {
    ChatId supergroup = ChatId.of(-1003);
    ChatMigration migration = new ChatMigration(CHAT, supergroup);
    long base = ChatMigration.MOVED_ID_BASE;
    ChatSummary old = summary(CHAT, 1, 10, T0, "Про каву.");
    ChatSummary own = summary(supergroup, 1, 10, T0.plus(Duration.ofDays(2)), "Вже в супергрупі.");
    ChatSummary elsewhere = summary(OTHER, 1, 5, T0, "Other chat");
    store.save(old);
    store.save(own);
    store.save(elsewhere);

    assertThat(store.move(migration)).isEqualTo(1);
    assertThat(store.move(migration)).isZero();

    assertThat(store.recent(CHAT, 10)).isEmpty();
    assertThat(store.recent(supergroup, 10))
        .containsExactly(
            own,
            new ChatSummary(
                supergroup,
                base + 1,
                base + 10,
                old.from(),
                old.to(),
                old.messages(),
                old.text(),
                old.provider(),
                old.createdAt(),
                old.authors()));
    assertThat(store.recent(OTHER, 10)).containsExactly(elsewhere);
  }

  @Test
  void aSummaryOfUnknownAuthorsComesBackWithNone() {
    ChatSummary unknown = new ChatSummary(CHAT, 1, 3, T0, T0, 3, "Давній підсумок.", "gemini", T0);
    store.save(unknown);

    assertThat(store.recent(CHAT, 1)).containsExactly(unknown);
    assertThat(store.recent(CHAT, 1).getFirst().authors()).isEmpty();
  }

  @Test
  void theChatsHoldingSummariesAreListedInOrder() {
    assertThat(store.chats()).isEmpty();
    store.save(summary(OTHER, 1, 5, T0, "Other chat"));
    store.save(summary(CHAT, 1, 5, T0, "one"));
    store.save(summary(CHAT, 6, 9, T0, "two"));

    assertThat(store.chats()).containsExactly(OTHER, CHAT);
  }

  @Test
  void deleteIfDeletesTheChatsSummariesThatMeetTheConditionOnly() {
    ChatSummary aboutAlice = summary(CHAT, 1, 10, T0, "Аліса переїхала до Львова.");
    ChatSummary plain = summary(CHAT, 11, 20, T0.plus(Duration.ofDays(1)), "Говорили про каву.");
    ChatSummary byBob = summary(CHAT, 21, 30, T0.plus(Duration.ofDays(2)), "Реліз у п'ятницю.");
    ChatSummary elsewhere = summary(OTHER, 1, 5, T0, "Аліса і тут.");
    for (ChatSummary s : new ChatSummary[] {aboutAlice, plain, byBob, elsewhere}) {
      store.save(s);
    }

    int deleted =
        store.deleteIf(
            CHAT, s -> s.text().contains("Аліса") || s.authors().contains(UserId.of(121)));

    assertThat(deleted).isEqualTo(2);
    assertThat(store.recent(CHAT, 10)).containsExactly(plain);
    assertThat(store.recent(OTHER, 10)).containsExactly(elsewhere);
    assertThat(store.deleteIf(CHAT, s -> s.text().contains("Аліса"))).isZero();
  }

  @Test
  void summariesComeBackEqualNewestFirstPerChat() {
    ChatSummary older = summary(CHAT, 1, 10, T0, "Говорили про каву ☕ і реліз.");
    ChatSummary newer = summary(CHAT, 11, 20, T0.plus(Duration.ofDays(1)), "Планували зустріч.");
    ChatSummary elsewhere = summary(OTHER, 1, 5, T0, "Other chat");
    store.save(older);
    store.save(newer);
    store.save(elsewhere);

    assertThat(store.recent(CHAT, 10)).containsExactly(newer, older);
    assertThat(store.recent(CHAT, 1)).containsExactly(newer);
    assertThat(store.recent(OTHER, 10)).containsExactly(elsewhere);
  }

  @Test
  void savingTheSameRangeAgainReplacesIt() {
    store.save(summary(CHAT, 1, 10, T0, "first try"));
    ChatSummary second = summary(CHAT, 1, 10, T0, "second try");
    store.save(second);

    assertThat(store.recent(CHAT, 10)).containsExactly(second);
  }

  @Test
  void oldSummariesAreCountedAndDeletedOldestFirst() {
    for (int day = 0; day < 5; day++) {
      store.save(
          summary(
              day % 2 == 0 ? CHAT : OTHER,
              day * 10L + 1,
              day * 10L + 10,
              T0.plus(Duration.ofDays(day)),
              "day " + day));
    }
    Instant cutoff = T0.plus(Duration.ofDays(3)); // days 0, 1, 2 ended before it

    assertThat(store.countEndedBefore(cutoff)).isEqualTo(3);
    assertThat(store.deleteEndedBefore(cutoff, 2)).isEqualTo(2);
    assertThat(store.recent(CHAT, 10))
        .extracting(ChatSummary::text)
        .containsExactly("day 4", "day 2");
    assertThat(store.deleteEndedBefore(cutoff, 10)).isEqualTo(1);
    assertThat(store.deleteEndedBefore(cutoff, 10)).isZero();
    assertThat(store.countEndedBefore(cutoff)).isZero();
  }

  @Test
  void aNonPositiveLimitIsRejected() {
    assertThatThrownBy(() -> store.deleteEndedBefore(T0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.recent(CHAT, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
