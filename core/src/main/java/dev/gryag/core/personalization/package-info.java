/**
 * What the bot learns about each member of a chat: a bounded {@link
 * dev.gryag.core.personalization.MemberProfile} folded in message by message, explicit {@link
 * dev.gryag.core.personalization.Fact facts} with confidence that fades, and the {@link
 * dev.gryag.core.personalization.MemberPreferences preferences} a member sets, including opting out
 * of all of it. {@link dev.gryag.core.personalization.PersonalizationService} ties them together
 * behind the conversation's {@link dev.gryag.core.conversation.MemberMemory} seam.
 */
package dev.gryag.core.personalization;
