package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.geminiAnswer;
import static dev.gryag.adapter.llm.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactCategory;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The extractor over the real Gemini adapter, against a loopback server speaking Gemini. */
class LlmFactExtractorGeminiTest {

  private final MockWebServer server = new MockWebServer();
  private final ObjectMapper json = new ObjectMapper();
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.start();
    runtime = Fixtures.runtime(new FakeTime(), LlmMetrics.NONE).build();
  }

  @AfterEach
  void stop() {
    runtime.close();
    server.close();
  }

  /** A Gemini body whose answer text is {@code text}, escaped as a JSON string. */
  private String geminiSaying(String text) throws Exception {
    String quoted = json.writeValueAsString(text);
    return geminiAnswer(quoted.substring(1, quoted.length() - 1));
  }

  @Test
  void facts_in_a_fenced_gemini_answer_are_read_and_the_prompt_goes_out_as_documented()
      throws Exception {
    server.enqueue(
        json(
            200,
            geminiSaying(
                """
                ```json
                [{"category": "IDENTITY", "key": "name", "value": "Оксана", "confidence": 0.95},
                 {"category": "LOCATION", "key": "city", "value": "Львові", "confidence": 0.9},
                 {"category": "HOBBY", "key": "hobby", "value": "скелелазіння", "confidence": 0.9}]
                ```\
                """)));
    LlmFactExtractor extractor =
        new LlmFactExtractor(new GeminiLanguageModel(Fixtures.gemini(server, GEMINI_KEY), runtime));

    var facts =
        extractor.extract(
            LlmFactExtractorTest.fromOksana(LlmFactExtractorTest.STATEMENT), Analysis.EMPTY);

    assertThat(facts)
        .containsExactly(
            new ExtractedFact(FactCategory.IDENTITY, "name", "Оксана", 0.95),
            new ExtractedFact(FactCategory.LOCATION, "city", "Львові", 0.9));
    assertThat(extractor.counts().dropped()).isEqualTo(1);
    JsonNode body = json.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.at("/systemInstruction/parts/0/text").asText()).contains("STRICT JSON");
    assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
    assertThat(body.at("/contents/0/parts/0/text").asText())
        .startsWith("Sent on: 2025-03-05\n<q from=\"Оксана Коваль (@oksana_k)\">")
        .endsWith(LlmFactExtractorTest.STATEMENT + "</q>");
    assertThat(body.at("/generationConfig/temperature").asDouble()).isZero();
    assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(2048);
  }
}
