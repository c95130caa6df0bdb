package dev.gryag.core.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordsAndTopicsTest {

  private final LocalAnalyzer analyzer = LocalAnalyzer.withDefaults();

  @Test
  void inflectedFormsMeetInOneKeyword() {
    assertThat(analyzer.analyze("котик котики котика котиками").keywords())
        .containsExactly("котик");
    assertThat(analyzer.analyze("cats and a cat and more cats").keywords()).containsExactly("cat");
  }

  @Test
  void keywordsFoldCaseApostrophesAndYo() {
    assertThat(analyzer.analyze("М'ЯСО мʼясо м’ясо").keywords()).containsExactly("м'яс");
    assertThat(analyzer.analyze("ёлка елка").keywords()).containsExactly("елк");
  }

  @Test
  void keywordsSkipStopwordsLaughterAndShortWordsAndRankByCount() {
    List<String> keywords =
        analyzer.analyze("я і ти та він, ахахах, борщ, борщик і борщ, а ще пампушки").keywords();

    assertThat(keywords).containsExactly("борщ", "борщик", "пампушк");
  }

  @Test
  void keywordCountIsConfigurable() {
    LocalAnalyzer two = new LocalAnalyzer(AnalyzerConfig.defaults().withKeywordCount(2));
    LocalAnalyzer none = new LocalAnalyzer(AnalyzerConfig.defaults().withKeywordCount(0));
    String text = "погода футбол піца кава робота";

    assertThat(two.analyze(text).keywords()).hasSize(2);
    assertThat(none.analyze(text).keywords()).isEmpty();
  }

  @Test
  void builtInTopicsTagMessagesInEveryLanguage() {
    assertThat(analyzer.analyze("Хто йде на футбол?").topics()).contains("sport");
    assertThat(analyzer.analyze("опять дождь весь день").topics()).contains("weather");
    assertThat(analyzer.analyze("my boss moved the deadline again").topics()).contains("work");
    assertThat(analyzer.analyze("#котики").topics()).contains("pets");
    assertThat(analyzer.analyze("привіт").topics()).isEmpty();
  }

  @Test
  void topicsFromAMapReplaceOrJoinTheBuiltInOnes() {
    TopicLexicon mine =
        TopicLexicon.of("mine", Map.of("fishing", List.of("риболовля", "вудка", "карп*")));

    LocalAnalyzer only = new LocalAnalyzer(AnalyzerConfig.defaults().withTopics(List.of(mine)));
    LocalAnalyzer both = new LocalAnalyzer(AnalyzerConfig.defaults().plusTopics(mine));

    assertThat(only.analyze("купив нову вудку, завтра на карпа").topics())
        .containsExactly("fishing");
    assertThat(only.analyze("футбол").topics()).isEmpty();
    assertThat(both.analyze("футбол і риболовля").topics())
        .containsExactlyInAnyOrder("sport", "fishing");
  }

  @Test
  void topicsFromAFileWithPrefixes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("topics.txt");
    Files.writeString(
        file,
        "# my topics\ncrypto: крипт* біткоїн\ngardening: грядка розсада\ngardening: полив*\n",
        StandardCharsets.UTF_8);

    LocalAnalyzer custom =
        new LocalAnalyzer(
            AnalyzerConfig.defaults().withTopics(List.of(TopicLexicon.fromFile(file))));

    assertThat(custom.analyze("криптовалюта знову впала").topics()).containsExactly("crypto");
    assertThat(custom.analyze("поливаю розсаду").topics()).containsExactly("gardening");
  }

  @Test
  void topicsFromAResource() {
    TopicLexicon lexicon = TopicLexicon.fromResource(getClass(), "custom-topics.txt");
    assertThat(lexicon.topics()).containsKey("space");
    assertThat(
            new LocalAnalyzer(AnalyzerConfig.defaults().withTopics(List.of(lexicon)))
                .analyze("дивились запуск ракети")
                .topics())
        .containsExactly("space");
  }

  @Test
  void aMalformedTopicFileNamesTheLine() {
    assertThatThrownBy(() ->
            TopicLexicon.parse("my-topics.txt", new StringReader("food: піца\nno colon here\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("my-topics.txt line 2");
    assertThatThrownBy(() -> TopicLexicon.parse("empty.txt", new StringReader("# nothing\n")))
        .hasMessageContaining("empty.txt holds no topic");
    assertThatThrownBy(() -> TopicLexicon.parse("t.txt", new StringReader("food:   \n")))
        .hasMessageContaining("t.txt line 1");
    assertThatThrownBy(() -> TopicLexicon.of("map", Map.of("two words", List.of("x"))))
        .hasMessageContaining("'two words'");
    assertThatThrownBy(() -> TopicLexicon.of("map", Map.of("food", List.of("*"))))
        .hasMessageContaining("invalid word '*'");
    assertThatThrownBy(() ->
            new LocalAnalyzer(
                AnalyzerConfig.defaults()
                    .withTopics(List.of(TopicLexicon.of("map", Map.of("x", List.of("а*")))))))
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> TopicLexicon.fromResource(getClass(), "no-such-file.txt"))
        .hasMessageContaining("no-such-file.txt");
  }

  @Test
  void configRejectsNonsense() {
    assertThatThrownBy(() -> AnalyzerConfig.defaults().withCacheSize(-1))
        .hasMessageContaining("cacheSize");
    assertThatThrownBy(() -> AnalyzerConfig.defaults().withKeywordCount(101))
        .hasMessageContaining("keywordCount");
  }
}
