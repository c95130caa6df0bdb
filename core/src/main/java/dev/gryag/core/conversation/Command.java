package dev.gryag.core.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command as written at the start of a message: {@code /name@target arguments}.
 *
 * @param name lower case, without the slash
 * @param target the bot it names after {@code @}, or null
 * @param arguments the rest of the message, stripped; empty when none
 */
record Command(String name, String target, String arguments) {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

  /** The command a message's text starts with, if it is one. */
  static Optional<Command> parse(String text) {
    if (text == null || !text.startsWith("/")) {
      return Optional.empty();
    }
    Matcher matcher = SYNTAX.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String arguments = matcher.group(3) == null ? "" : matcher.group(3).strip();
    return Optional.of(
        new Command(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2), arguments));
  }

  /** True unless the command names another bot. */
  boolean isFor(BotIdentity bot) {
    return target == null || bot.isNamed(target);
  }

  /** True when the command names this bot explicitly. */
  boolean names(BotIdentity bot) {
    return target != null && bot.isNamed(target);
  }
}
