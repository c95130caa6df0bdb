/**
 * The inbound use case: what happens to each incoming message, from analysis to the bot's reply,
 * and the outbound ports it needs to talk back ({@link dev.gryag.core.conversation.MessageSender})
 * and to remember how far it has read ({@link dev.gryag.core.conversation.CursorStore}).
 */
package dev.gryag.core.conversation;
