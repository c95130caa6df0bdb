package dev.gryag.app.cli.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25Test {

  // Three documents of 3, 1 and 1 words: average length 5/3.
  private final Bm25 bm25 = new Bm25(List.of("Кава, кава, ЧАЙ!", "чай", "сік"));

  @Test
  void wordsAreLowerCaseRunsOfLettersAndDigits() {
    assertThat(Bm25.tokens("Кава, кава й ЧАЙ! e4 ok?"))
        .containsExactly("кава", "кава", "й", "чай", "e4", "ok");
  }

  @Test
  void scoresAsComputedByHand() {
    // "кава": n = 1 of N = 3, idf = ln(1 + 2.5 / 1.5) = 0.98083; in the first document tf = 2,
    // length 3: 0.98083 * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 3 / (5/3))) = 1.10093.
    assertThat(bm25.scores("кава")).containsExactly(new double[] {1.10093, 0, 0}, within(1e-4));
    // "чай": n = 2, idf = ln(1.6) = 0.47000; tf = 1 in a 3-word and in a 1-word document.
    assertThat(bm25.scores("чай"))
        .containsExactly(new double[] {0.35411, 0.56196, 0}, within(1e-4));
    // Each distinct query word counts once; the scores of the words add up.
    assertThat(bm25.scores("кава чай кава")[0]).isCloseTo(1.45504, within(1e-4));
  }

  @Test
  void ranksTheMatchingDocumentsBestFirst() {
    assertThat(bm25.rank("чай")).containsExactly(1, 0);
    assertThat(bm25.rank("кава чай")).containsExactly(0, 1);
    assertThat(bm25.rank("вода")).isEmpty();
  }

  @Test
  void equalScoresPutTheNewerDocumentFirst() {
    assertThat(new Bm25(List.of("дощ", "сонце", "дощ")).rank("дощ")).containsExactly(2, 0);
  }
}
