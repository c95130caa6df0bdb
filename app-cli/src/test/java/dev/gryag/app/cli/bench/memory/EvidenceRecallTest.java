package dev.gryag.app.cli.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.context.ContextRequest;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.SummarySource;
import dev.gryag.core.context.TokenEstimator;
import dev.gryag.core.conversation.ConversationConfig;
import dev.gryag.core.conversation.MemberMemory;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceRecallTest {

  private static final Author OLENA = Author.person(1, "Олена", null);
  private static final Author TARAS = Author.person(2, "Тарас", null);

  private static ChatMessage turn(long id, Author author, String text) {
    return ChatMessage.text(
        new MessageRef(ChatId.of(-7), id), author, Instant.parse("2025-01-01T10:00:00Z"), text);
  }

  @Test
  void anEvidenceTurnCountsWhenItsAuthorSaysItsTextInThePrompt() {
    AssembledContext prompt =
        new AssembledContext(
            "persona",
            List.of(
                Turn.user("Олена", "<q from=\"Олена\">Я працюю в компанії Кібер Маяк</q>"),
                Turn.user("Тарас", "<q from=\"Тарас\">Де працює Олена?</q>")),
            100,
            2,
            0);
    List<ChatMessage> evidence =
        List.of(
            turn(1, OLENA, "Я працюю в компанії Кібер Маяк"),
            turn(2, TARAS, "Я працюю в компанії Кібер Маяк"),
            turn(3, OLENA, "Ми переїхали у місто Суми"));

    assertThat(EvidenceRecall.found(evidence, prompt)).isEqualTo(1);
  }

  @Test
  void aBaselineFindsTheEvidenceIdsItTook() {
    assertThat(EvidenceRecall.found(List.of(1L, 2L, 3L), Set.of(3L, 1L, 9L))).isEqualTo(2);
  }

  @Test
  void recallIsPooledOverEvidenceTurnsPerKindAndForAll() {
    RecallTable table = new RecallTable(List.of(2000), 2);
    table.add(2000, QuestionKind.SINGLE, 1, new int[] {1, 0, 1, 1});
    table.add(2000, QuestionKind.INFERENCE, 3, new int[] {0, 0, 1, 3});

    assertThat(table.cell(2000, QuestionKind.SINGLE).recall(RecallTable.Method.ASSEMBLER))
        .isEqualTo(1.0);
    RecallTable.Cell all = table.cell(2000, null);
    assertThat(all.questions).isEqualTo(2);
    assertThat(all.recall(RecallTable.Method.ASSEMBLER)).isEqualTo(0.25);
    assertThat(all.recall(RecallTable.Method.BM25)).isEqualTo(0.5);
    assertThat(all.recall(RecallTable.Method.BM25_NEIGHBOURS)).isEqualTo(1.0);
  }

  @Test
  void turnsTheRealAssemblerFencesAreFound() {
    Chat chat = Chat.group(-7, "Кухня");
    InMemoryMessageStore store = new InMemoryMessageStore();
    ChatMessage planted = turn(1, OLENA, "Купила новий об'єктив \"Геліос\" & штатив");
    store.append(planted);
    ContextAssembler assembler =
        new ContextAssembler(
            store,
            MemberMemory.NONE::describe,
            SummarySource.NONE,
            TokenEstimator.standard(),
            ContextBudget.DEFAULTS.withMaxTokens(2000));
    AssembledContext prompt =
        assembler.assemble(
            new ContextRequest(
                chat,
                turn(2, TARAS, "Що купила Олена?"),
                ConversationConfig.DEFAULT_PERSONA,
                null));

    assertThat(EvidenceRecall.found(List.of(planted), prompt)).isEqualTo(1);
    assertThat(EvidenceRecall.found(List.of(turn(3, OLENA, "Ми переїхали")), prompt)).isZero();
  }
}
