/**
 * Gryag's language-model ports over HTTP: Gemini and OpenAI-compatible providers with retries,
 * circuit breakers, a concurrency cap and a fallback chain.
 *
 * <p>Start from {@link dev.gryag.adapter.llm.LlmRuntime} (built in code, or from the keys of {@link
 * dev.gryag.adapter.llm.LlmSettings} with {@link dev.gryag.adapter.llm.LlmEnvironment}) and
 * describe providers with {@link dev.gryag.adapter.llm.GeminiConfig} and {@link
 * dev.gryag.adapter.llm.OpenAiCompatibleConfig}; {@code docs/llm.md} explains the behaviour, {@code
 * docs/configuration.md} lists the keys.
 */
package dev.gryag.adapter.llm;
