package dev.gryag.app.cli.members;

import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.conversation.Forgotten;
import dev.gryag.core.conversation.MemberForgetting;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code gryag forget}: erases a member everywhere (or in one chat) — messages, profile, facts,
 * preferences, the summaries that speak of them — and leaves a tombstone that keeps it out.
 */
@Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Erase a member from the bot's store, in every chat (or the one --chat names): the"
          + " messages they wrote, their profile, facts and preferences, their name in others'"
          + " reply counts, and the chat summaries made from their messages or naming them. A"
          + " tombstone keeps what they wrote up to now out of later imports, restores and late"
          + " updates; it works for a member the store does not know yet too. An opt-out is kept:"
          + " it is the promise to keep nothing.",
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
          MemberForgetting forgetting = stores.get(MemberForgetting.class);
          Instant now = stores.get(Clock.class).instant();
          List<Forgotten> erased =
              selection.chat != null
                  ? List.of(forgetting.forget(chats.getFirst(), member, now))
                  : forgetting.everywhere(member, chats, now);
          long messages = 0;
          long records = 0;
          long summaries = 0;
          for (Forgotten f : erased) {
            out.printf(
                "chat %s: %,d messages, %,d profile, fact and preference records, %,d summaries"
                    + " erased%n",
                f.chat(), f.messages(), f.records(), f.summaries());
            messages += f.messages();
            records += f.records();
            summaries += f.summaries();
          }
          out.printf(
              "Forgot member %s in %d chat(s): %,d messages, %,d other records, %,d summaries.%n",
              member, erased.size(), messages, records, summaries);
          out.printf(
              "Their tombstone (%s, as of %s) keeps what they wrote until now out of imports,"
                  + " restores and late updates.%n",
              selection.chat != null ? "chat " + selection.chat : "every chat", now);
          return ExitCodes.OK.code();
        });
  }
}
