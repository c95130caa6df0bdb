/**
 * Per-chat settings and the policies behind them: which chats the bot serves ({@link
 * dev.gryag.core.settings.AccessPolicy}), when it speaks ({@link
 * dev.gryag.core.settings.ReplyPolicy}, {@link dev.gryag.core.settings.Trigger}), and what each
 * chat changed ({@link dev.gryag.core.settings.ChatSettings}) kept by a {@link
 * dev.gryag.core.settings.ChatSettingsStore}.
 */
package dev.gryag.core.settings;
