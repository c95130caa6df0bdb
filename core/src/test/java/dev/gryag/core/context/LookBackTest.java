package dev.gryag.core.context;

import static dev.gryag.core.context.Messages.fromAlice;
import static dev.gryag.core.context.Messages.fromBob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookBackTest {

  private static final List<ChatMessage> RECENT =
      List.of(fromAlice(1, "погода сьогодні чудова"), fromBob(2, "так, погода супер"));

  @Test
  void small_talk_about_what_was_just_said_does_not_look_back() {
    assertThat(LookBack.asks(fromAlice(3, "погода чудова"), RECENT)).isFalse();
    assertThat(LookBack.asks(fromAlice(3, "ага"), RECENT)).isFalse();
  }

  @Test
  void a_question_an_asking_word_a_date_a_members_name_or_a_new_word_looks_back() {
    assertThat(LookBack.asks(fromAlice(3, "погода чудова?"), RECENT)).as("question").isTrue();
    assertThat(LookBack.asks(fromAlice(3, "коли погода"), RECENT)).as("when").isTrue();
    assertThat(LookBack.asks(fromAlice(3, "погода 12.03"), RECENT)).as("date").isTrue();
    assertThat(LookBack.asks(fromAlice(3, "погода Bob"), RECENT)).as("member's name").isTrue();
    assertThat(LookBack.asks(fromAlice(3, "погода вулкан"), RECENT)).as("new word").isTrue();
  }
}
