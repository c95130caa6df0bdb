/**
 * The chat as a whole: whether the bot may write there, and where a group's history lives after it
 * became a supergroup. {@link dev.gryag.core.chats.ChatAvailability} owns every decision about it,
 * whoever brings the news (the platform's updates, or a send that failed or was redirected); {@link
 * dev.gryag.core.chats.ChatMigrations} moves everything the bot keeps about a chat to its new id
 * and says what moved in a {@link dev.gryag.core.chats.MigrationReport}.
 */
package dev.gryag.core.chats;
