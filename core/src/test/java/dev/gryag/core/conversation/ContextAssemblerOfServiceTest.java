package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.context.ContextRequest;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's context assembler is the service's: same store, same budget. */
class ContextAssemblerOfServiceTest {

  private static final Chat CHAT = Chat.group(-5, "Кухня");
  private static final Author OLYA = Author.person(7, "Оля", null);

  @Test
  void theAssemblerReadsTheBuildersStoreWithinTheConfiguredBudget() {
    InMemoryMessageStore messages = new InMemoryMessageStore();
    Instant at = Instant.parse("2025-03-01T12:00:00Z");
    messages.append(ChatMessage.text(new MessageRef(CHAT.id(), 1), OLYA, at, "Я працюю в пекарні"));
    ConversationConfig config =
        ConversationConfig.DEFAULTS.withContext(ContextBudget.DEFAULTS.withMaxTokens(2000));

    ContextAssembler assembler =
        ConversationService.builder(
                new BotIdentity(UserId.of(42), "gryag_bot", "Гряг"),
                messages,
                request -> {
                  throw new AssertionError("no model call");
                },
                message -> new SentMessage(List.of(1L), List.of(message.text()), at))
            .config(config)
            .contextAssembler();
    AssembledContext prompt =
        assembler.assemble(
            new ContextRequest(
                CHAT,
                ChatMessage.text(new MessageRef(CHAT.id(), 2), OLYA, at.plusSeconds(60), "Де я?"),
                config.persona(),
                null));

    assertThat(assembler.budget().maxTokens()).isEqualTo(2000);
    assertThat(prompt.turns()).hasSize(2);
    assertThat(prompt.turns().getFirst().text()).contains("Я працюю в пекарні");
    assertThat(assembler.cost(messages.recent(CHAT.id(), 1).getFirst()))
        .isGreaterThan(assembler.cost("Я працюю в пекарні"));
  }
}
