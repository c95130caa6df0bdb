/**
 * Retention: a {@link dev.gryag.core.cleanup.RetentionPolicy} per kind of data (messages, profiles,
 * facts, analysis caches, chat summaries) and a {@link dev.gryag.core.cleanup.CleanupService} that
 * enforces it in small, time-boxed batches, optionally summarising old messages through the
 * language model before they go. Each kind is reached through a {@link
 * dev.gryag.core.cleanup.RetentionTarget}.
 */
package dev.gryag.core.cleanup;
