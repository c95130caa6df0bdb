/**
 * The inbound use case: {@link dev.gryag.core.conversation.ConversationService#onMessage} takes
 * each incoming message from analysis to the bot's reply, with its outcome as an {@link
 * dev.gryag.core.conversation.Outcome}. Also here: the outbound ports it needs to talk back ({@link
 * dev.gryag.core.conversation.MessageSender}), to remember members ({@link
 * dev.gryag.core.conversation.MemberMemory}), to remember how far it has read ({@link
 * dev.gryag.core.conversation.CursorStore}), to learn who administers a group ({@link
 * dev.gryag.core.conversation.ChatAdministrators}) and to report what sending found out about a
 * chat ({@link dev.gryag.core.conversation.ChatChanges}), and {@link
 * dev.gryag.core.conversation.ChatLanes} to feed it one chat at a time.
 */
package dev.gryag.core.conversation;
