package dev.gryag.app.bot;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The environment that points a bot under test at the fake servers, for tests to add to. */
final class FakeEnvironment {

  private FakeEnvironment() {}

  /**
   * The token, both model providers (Gemini first, the OpenAI-compatible one second, one attempt
   * each) on the fakes, {@code home} for the embedded database, an ephemeral operations port, and
   * no unsolicited replies; a new mutable map.
   */
  static Map<String, String> of(FakeTelegram telegram, FakeModels models, Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN);
    env.put("GRYAG_TELEGRAM_API_URL", telegram.url().toString());
    env.put("GEMINI_API_KEY", "AIzaSyFakeKeyForTheBotTests0000000000000");
    env.put("OPENAI_API_KEY", "sk-fake-key-for-the-bot-tests");
    env.put("GRYAG_LLM_PROVIDERS", "gemini,openai");
    env.put("GRYAG_LLM_GEMINI_BASE_URL", models.geminiUrl().toString());
    env.put("GRYAG_LLM_OPENAI_BASE_URL", models.openaiUrl().toString());
    env.put("GRYAG_LLM_MAX_ATTEMPTS", "1");
    env.put("GRYAG_HOME", home.toString());
    env.put("GRYAG_OPS_PORT", "0");
    env.put("GRYAG_RANDOM_REPLY_CHANCE", "0");
    env.put("GRYAG_SMART_REPLY_CHANCE", "0");
    return env;
  }

  /** As {@link #of}, with the OpenAI-compatible fake as the only model. */
  static Map<String, String> openAiCompatible(FakeTelegram telegram, FakeModels models, Path home) {
    Map<String, String> env = of(telegram, models, home);
    env.remove("GEMINI_API_KEY");
    env.put("GRYAG_LLM_PROVIDERS", "openai");
    return env;
  }
}
