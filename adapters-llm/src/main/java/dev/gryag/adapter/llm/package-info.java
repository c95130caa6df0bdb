/**
 * Gryag's language-model ports over HTTP: Gemini and OpenAI-compatible providers with retries,
 * circuit breakers, a concurrency cap and a fallback chain.
 *
 * <p>Start from {@link dev.gryag.adapter.llm.LlmRuntime} (built in code, or from settings with
 * {@link dev.gryag.adapter.llm.LlmEnvironment}) and describe providers with {@link
 * dev.gryag.adapter.llm.GeminiConfig} and {@link dev.gryag.adapter.llm.OpenAiCompatibleConfig};
 * {@code docs/llm.md} explains the behaviour and the configuration keys.
 */
package dev.gryag.adapter.llm;
