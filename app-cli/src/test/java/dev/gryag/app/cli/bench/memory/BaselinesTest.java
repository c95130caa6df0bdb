package dev.gryag.app.cli.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {

  private static final ChatId CHAT = ChatId.of(-7);
  private static final String[] TEXTS = {"ранок", "кава зранку", "обід", "вечір", "кава ввечері"};

  // Every turn costs 10 tokens.
  private final Baselines baselines = new Baselines(turns(), turn -> 10);

  private static List<ChatMessage> turns() {
    List<ChatMessage> turns = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      turns.add(
          ChatMessage.text(
              new MessageRef(CHAT, i + 1),
              Author.person(1, "Олена", null),
              Instant.parse("2025-01-01T10:00:00Z").plusSeconds(60L * i),
              TEXTS[i]));
    }
    return turns;
  }

  @Test
  void recencyTakesTheNewestTurnsThatFit() {
    assertThat(baselines.recency(25)).containsExactlyInAnyOrder(5L, 4L);
    assertThat(baselines.recency(9)).isEmpty();
  }

  @Test
  void bm25TakesTheBestTurnsThatFit() {
    assertThat(baselines.bm25("кава", 100, 0)).containsExactlyInAnyOrder(2L, 5L);
    assertThat(baselines.bm25("кава", 15, 0)).hasSize(1);
  }

  @Test
  void neighboursComeWithEachHitWhileTheGroupFits() {
    // Hits 5 then 2 (equal scores, newer first): {4, 5}, then {1, 2, 3}.
    assertThat(baselines.bm25("кава", 50, 1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    assertThat(baselines.bm25("кава", 40, 1)).containsExactlyInAnyOrder(4L, 5L);
  }
}
