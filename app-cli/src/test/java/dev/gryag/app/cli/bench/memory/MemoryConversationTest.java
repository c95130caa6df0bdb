package dev.gryag.app.cli.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.analytics.HistoryMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoryConversationTest {

  private final MemoryConversation conversation = MemoryConversation.generate(7, 5, 24, 40, 60);

  @Test
  void theSameSeedGivesTheSameConversation() {
    MemoryConversation again = MemoryConversation.generate(7, 5, 24, 40, 60);

    assertThat(again.turns()).isEqualTo(conversation.turns());
    assertThat(again.questions()).isEqualTo(conversation.questions());
    assertThat(MemoryConversation.generate(8, 5, 24, 40, 60).turns())
        .isNotEqualTo(conversation.turns());
  }

  @Test
  void turnsAreNumberedFromOneAndChronological() {
    List<HistoryMessage> turns = conversation.turns();
    assertThat(turns).hasSizeGreaterThan(24 * 40 * 7 / 10);
    for (int i = 0; i < turns.size(); i++) {
      assertThat(turns.get(i).id()).isEqualTo(i + 1L);
      if (i > 0) {
        assertThat(turns.get(i).sentAt()).isAfter(turns.get(i - 1).sentAt());
      }
    }
    // The prompt fences members' text unchanged but for '<', so text is how recall finds turns.
    assertThat(turns).noneMatch(t -> t.text().contains("<"));
    Set<String> speakers = turns.stream().map(t -> t.sender().name()).collect(Collectors.toSet());
    assertThat(speakers).hasSize(5);
  }

  @Test
  void everyKindIsAskedAndEveryQuestionComesAfterItsEvidence() {
    Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
    for (MemoryQuestion question : conversation.questions()) {
      kinds.add(question.kind());
      assertThat(question.evidence()).isNotEmpty();
      assertThat(question.askedAt()).isAfter(conversation.turns().getLast().sentAt());
      for (long id : question.evidence()) {
        assertThat(id).isBetween(1L, (long) conversation.turns().size());
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(QuestionKind.values());
    assertThat(conversation.questions()).hasSize(60);
  }

  @Test
  void everyEvidenceTurnHoldsThePlantedFactAboutTheMemberAsked() {
    for (MemoryQuestion question : conversation.questions()) {
      List<HistoryMessage> evidence =
          question.evidence().stream().map(id -> conversation.turns().get((int) (id - 1))).toList();
      for (HistoryMessage turn : evidence) {
        assertThat(question.text()).contains(turn.sender().name());
        assertThat(question.asker().name()).isNotEqualTo(evidence.getFirst().sender().name());
        assertThat(planted(question.kind())).as(question.text()).anyMatch(turn.text()::equals);
      }
      if (question.kind() == QuestionKind.MULTI) {
        assertThat(evidence).extracting(t -> t.sender().name()).doesNotHaveDuplicates();
      }
    }
  }

  /** Every text a question of the kind may have as evidence, in every language. */
  private static List<String> planted(QuestionKind kind) {
    List<String> lines =
        switch (kind) {
          case SINGLE, MULTI ->
              MemoryTexts.ATTRIBUTES.stream()
                  .flatMap(a -> a.values().stream().map(v -> a.statement().replace("{v}", v)))
                  .toList();
          case TEMPORAL -> MemoryTexts.EVENTS.stream().map(MemoryTexts.Event::statement).toList();
          case INFERENCE -> MemoryTexts.TOPICS.stream().flatMap(List::stream).toList();
        };
    return lines.stream()
        .flatMap(line -> IntStream.range(0, 3).mapToObj(l -> MemoryTexts.in(line, l)))
        .toList();
  }

  @Test
  void sizesOutsideTheLimitsAreRefusedByName() {
    assertThatThrownBy(() -> MemoryConversation.generate(1, 9, 10, 40, 10))
        .hasMessageContaining("members must be between 2 and 8, was 9");
  }
}
