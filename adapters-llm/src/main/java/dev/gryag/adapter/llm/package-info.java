/**
 * Gryag's language-model ports over HTTP: Gemini and OpenAI-compatible providers with retries,
 * circuit breakers and a fallback chain.
 */
package dev.gryag.adapter.llm;
