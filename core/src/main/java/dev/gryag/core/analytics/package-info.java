/**
 * Chat-level analytics over a recorded history (a Telegram Desktop export, for one): the entries a
 * history holds ({@link dev.gryag.core.analytics.HistoryEntry}), the sink a reader feeds them to
 * ({@link dev.gryag.core.analytics.HistorySink}), and {@link
 * dev.gryag.core.analytics.ChatAnalytics}, which folds them in one pass with bounded memory into a
 * {@link dev.gryag.core.analytics.ChatReport}.
 */
package dev.gryag.core.analytics;
