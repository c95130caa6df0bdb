package dev.gryag.app.cli.members;

import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gryag forget}: erases a member everywhere: messages, profile, facts, preferences. */
@Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Erase a member from the bot's store, in every chat (or the one --chat names): the"
          + " messages they wrote, their profile, facts and preferences, and their name in others'"
          + " reply counts. An opt-out is kept: it is the promise to keep nothing.",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag forget 123456789",
      "  gryag forget @olena --chat -1001234567890",
      "",
      "Exit codes: 0 ok (also when nothing was known), 1 the database cannot be started or"
          + " used, 2 usage error (a malformed USER, an unknown or ambiguous @username).",
      "Documentation: docs/cli.md"
    })
public final class ForgetCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin MemberSelection selection;

  private final Databases databases;

  public ForgetCommand(Databases databases) {
    this.databases = Objects.requireNonNull(databases, "databases");
  }

  @Override
  public Integer call() {
    return MemberCommands.run(
        spec.commandLine(),
        "forget",
        databases,
        selection.user,
        selection.chat,
        (stores, member, chats, out) -> {
          long messages = 0;
          long records = 0;
          for (var where : chats) {
            long m = stores.messages().eraseAuthor(where, member);
            long r = stores.people().forget(where, member);
            out.printf(
                "chat %s: %,d messages, %,d profile, fact and preference records erased%n",
                where, m, r);
            messages += m;
            records += r;
          }
          out.printf(
              "Forgot member %s in %d chat(s): %,d messages, %,d other records.%n",
              member, chats.size(), messages, records);
          return ExitCodes.OK.code();
        });
  }
}
