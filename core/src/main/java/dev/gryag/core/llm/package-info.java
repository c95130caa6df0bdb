/**
 * The ports through which core talks to language models: {@link dev.gryag.core.llm.LanguageModel}
 * for replies and {@link dev.gryag.core.llm.EmbeddingModel} for vectors. Adapters (Gemini,
 * OpenAI-compatible, a fallback chain) implement them; tests and embedders may bring their own.
 */
package dev.gryag.core.llm;
