/**
 * Conversation memory: the {@link dev.gryag.core.context.MessageStore} port with its in-memory
 * implementation, and the {@link dev.gryag.core.context.ContextAssembler} that builds a prompt from
 * it within a token budget, counted by a {@link dev.gryag.core.context.TokenEstimator}.
 */
package dev.gryag.core.context;
