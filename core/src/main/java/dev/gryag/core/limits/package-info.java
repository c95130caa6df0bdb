/**
 * Rate limits for the bot's answers, token buckets per member, per chat and overall, and for each
 * member's built-in commands ({@link dev.gryag.core.limits.RateLimiter}), with at most one notice
 * per window to whoever hits one.
 */
package dev.gryag.core.limits;
