package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gryag.core.model.MessageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactChangeTest {

  private static final Duration HALF_LIFE = Duration.ofDays(100);
  private static final MessageRef FIRST = new MessageRef(CHAT, 1);
  private static final MessageRef SECOND = new MessageRef(CHAT, 2);

  private static ExtractedFact city(String value, double confidence) {
    return new ExtractedFact(FactCategory.LOCATION, FactKeys.CITY, value, confidence);
  }

  private static FactChange merge(
      Optional<Fact> current, ExtractedFact stated, MessageRef source, Instant at) {
    return FactChange.merge(current, CHAT, ALICE.id(), stated, source, at, HALF_LIFE);
  }

  @Test
  void aNewKeyIsAdded() {
    FactChange change = merge(Optional.empty(), city("Києві", 0.8), FIRST, T0);

    assertThat(change).isInstanceOf(FactChange.Added.class);
    Fact fact = change.fact();
    assertThat(fact.value()).isEqualTo("Києві");
    assertThat(fact.confidence()).isEqualTo(0.8);
    assertThat(fact.evidence()).isEqualTo(1);
    assertThat(fact.source()).isEqualTo(FIRST);
    assertThat(fact.firstConfirmed()).isEqualTo(T0);
    assertThat(fact.lastConfirmed()).isEqualTo(T0);
  }

  @Test
  void theSameValueAgainConfirmsAndCombinesConfidence() {
    Fact first = merge(Optional.empty(), city("Києві", 0.8), FIRST, T0).fact();

    FactChange change =
        merge(Optional.of(first), city("  києві ", 0.5), SECOND, T0.plusSeconds(60));

    assertThat(change).isInstanceOf(FactChange.Confirmed.class);
    Fact fact = change.fact();
    assertThat(fact.confidence()).isCloseTo(1 - 0.2 * 0.5, within(1e-5));
    assertThat(fact.evidence()).isEqualTo(2);
    assertThat(fact.source()).isEqualTo(SECOND);
    assertThat(fact.firstConfirmed()).isEqualTo(T0);
    assertThat(fact.lastConfirmed()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aConfirmationAfterAHalfLifeCombinesWithTheFadedConfidence() {
    Fact first = merge(Optional.empty(), city("Києві", 0.8), FIRST, T0).fact();

    Fact fact = merge(Optional.of(first), city("Києві", 0.5), SECOND, T0.plus(HALF_LIFE)).fact();

    assertThat(fact.confidence()).isCloseTo(1 - 0.6 * 0.5, within(1e-9));
  }

  @Test
  void aDifferentValueReplacesTheOldOne() {
    Fact first = merge(Optional.empty(), city("Києві", 0.9), FIRST, T0).fact();
    first = merge(Optional.of(first), city("Києві", 0.9), FIRST, T0.plusSeconds(1)).fact();

    FactChange change = merge(Optional.of(first), city("Львові", 0.7), SECOND, T0.plusSeconds(60));

    assertThat(change).isInstanceOf(FactChange.Replaced.class);
    assertThat(((FactChange.Replaced) change).before()).isEqualTo(first);
    assertThat(change.fact().value()).isEqualTo("Львові");
    assertThat(change.fact().evidence()).isEqualTo(1);
    assertThat(change.fact().confidence()).isEqualTo(0.7);
  }

  @Test
  void anOlderContradictionIsOutOfDateAndIgnored() {
    Fact current = merge(Optional.empty(), city("Львові", 0.9), SECOND, T0.plusSeconds(60)).fact();

    FactChange change = merge(Optional.of(current), city("Києві", 0.9), FIRST, T0);

    assertThat(change).isInstanceOf(FactChange.Ignored.class);
    assertThat(change.fact()).isEqualTo(current);
  }

  @Test
  void anOlderConfirmationAddsEvidenceButKeepsTheNewestStatement() {
    Fact current = merge(Optional.empty(), city("Львові", 0.6), SECOND, T0.plusSeconds(60)).fact();

    Fact fact = merge(Optional.of(current), city("львові", 0.5), FIRST, T0).fact();

    assertThat(fact.value()).isEqualTo("Львові");
    assertThat(fact.evidence()).isEqualTo(2);
    assertThat(fact.source()).isEqualTo(SECOND);
    assertThat(fact.firstConfirmed()).isEqualTo(T0);
    assertThat(fact.lastConfirmed()).isEqualTo(T0.plusSeconds(60));
    assertThat(fact.confidence()).isGreaterThan(0.6);
  }

  @Test
  void confidenceFadesByHalfEveryHalfLife() {
    Fact fact = merge(Optional.empty(), city("Києві", 0.8), FIRST, T0).fact();

    assertThat(fact.confidenceAt(T0.minusSeconds(5), HALF_LIFE)).isEqualTo(0.8);
    assertThat(fact.confidenceAt(T0.plus(HALF_LIFE), HALF_LIFE)).isCloseTo(0.4, within(1e-9));
    assertThat(fact.confidenceAt(T0.plus(HALF_LIFE.multipliedBy(3)), HALF_LIFE))
        .isCloseTo(0.1, within(1e-9));
  }
}
