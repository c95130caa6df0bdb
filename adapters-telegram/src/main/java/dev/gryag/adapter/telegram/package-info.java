/**
 * Gryag on Telegram: the Bot API (long polling, webhook, throttled sending) and, in {@code export},
 * the reader of Telegram Desktop chat exports.
 */
package dev.gryag.adapter.telegram;
