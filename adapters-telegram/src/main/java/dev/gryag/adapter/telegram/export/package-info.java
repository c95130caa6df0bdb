/**
 * The reader of Telegram Desktop chat exports ({@code result.json}): {@link
 * dev.gryag.adapter.telegram.export.TelegramExportReader} streams single-chat and full-account
 * exports with Jackson's streaming parser, in constant memory, into a {@link
 * dev.gryag.core.analytics.HistorySink}.
 */
package dev.gryag.adapter.telegram.export;
