package dev.gryag.app.cli.members;

import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gryag profile}: what the bot knows about a member, as {@code /profile} shows it. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Show what the bot knows about a member: their profile and the facts it keeps, in every"
          + " chat (or the one --chat names) — the same view /profile and /facts give in a chat.",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag profile 123456789",
      "  gryag profile @olena --chat -1001234567890",
      "",
      "Exit codes: 0 ok (also when nothing is known), 1 the database cannot be started or used,"
          + " 2 usage error (a malformed USER, an unknown or ambiguous @username).",
      "Documentation: docs/cli.md"
    })
public final class ProfileCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin MemberSelection selection;

  private final Databases databases;

  public ProfileCommand(Databases databases) {
    this.databases = Objects.requireNonNull(databases, "databases");
  }

  @Override
  public Integer call() {
    return MemberCommands.run(
        spec.commandLine(),
        "profile",
        databases,
        selection.user,
        selection.chat,
        (stores, member, chats, out) -> {
          if (chats.isEmpty()) {
            out.println("Nothing is known about member " + member + ".");
          }
          for (var where : chats) {
            out.println("Member " + member + " in chat " + where + ":");
            out.println(
                stores
                    .people()
                    .report(where, member)
                    .orElse("(no profile)")
                    .indent(2)
                    .stripTrailing());
            out.println(
                stores.people().factsReport(where, member).orElse("").indent(2).stripTrailing());
          }
          return ExitCodes.OK.code();
        });
  }
}
