package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which summaries speak of a forgotten member: by the authors recorded, or by their names. */
class SummaryForgettingTest {

  private static final ChatId CHAT = ChatId.of(-1001);
  private static final ChatId OTHER = ChatId.of(-1002);
  private static final UserId OLENA = UserId.of(11);
  private static final UserId BOB = UserId.of(12);
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Set<String> OLENAS_NAMES = Set.of("Олена Коваль", "olena_k", "@olena_k");

  private final InMemoryChatSummaryStore store = new InMemoryChatSummaryStore();
  private final SummaryForgetting forgetting = new SummaryForgetting(store);
  private long nextId = 1;

  private ChatSummary save(ChatId chat, String text, UserId... authors) {
    long first = nextId;
    nextId += 10;
    ChatSummary summary =
        new ChatSummary(chat, first, first + 9, T0, T0, 10, text, "gemini", T0, Set.of(authors));
    store.save(summary);
    return summary;
  }

  @Test
  void dropsTheSummariesOfTheirMessagesAndThoseNamingThemAndKeepsTheRest() {
    save(CHAT, "Обговорювали реліз і каву.", OLENA, BOB);
    save(CHAT, "Боб розповів, що Олени не буде в п'ятницю.", BOB);
    save(CHAT, "Давній підсумок: @olena_k ділилася фото.");
    ChatSummary kept = save(CHAT, "Боб планує відпустку.", BOB);
    ChatSummary elsewhere = save(OTHER, "Олена теж тут.", OLENA);

    assertThat(forgetting.drop(CHAT, OLENA, OLENAS_NAMES)).isEqualTo(3);

    assertThat(store.recent(CHAT, 10)).containsExactly(kept);
    assertThat(store.recent(OTHER, 10)).containsExactly(elsewhere);
    assertThat(forgetting.chats()).containsExactly(OTHER, CHAT);
  }

  @Test
  void withoutNamesOnlyTheAuthorsCount() {
    save(CHAT, "Олена ділилася фото.", BOB);

    assertThat(forgetting.drop(CHAT, OLENA, Set.of())).isZero();
    assertThat(store.recent(CHAT, 10)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "Олена, Говорили з Оленою про каву., true",
    "Олена, Подарунок для Олени., true",
    "Марія, Марії сподобалося., true",
    "Олег, Олегові подобається джаз., true",
    "Андрій, Привітали Андрія., true",
    "Мар'яна, Мар’яна прийшла., true",
    "Alice, Alice's cat is back., true",
    "Пётр, Петр пришёл., true",
    "alice_k, Спитали @alice_k про реліз., true",
    "Олег, Олегівна прийшла., false",
    "Ян, Янтар і ялинка., false",
    "Олена, Говорили про каву., false",
    "Alex 2000, У 2000 році., false"
  })
  void namesAreFoundInTheFormsTheyTake(String name, String text, boolean found) {
    assertThat(NameMentions.of(Set.of(name)).foundIn(text)).isEqualTo(found);
  }
}
