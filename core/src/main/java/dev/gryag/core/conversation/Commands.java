package dev.gryag.core.conversation;

import dev.gryag.core.context.AuthorActivity;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.ChatSettingsStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in commands: {@code /start}, {@code /help}, {@code /stats}, {@code /profile}, {@code
 * /facts}, {@code /forget}, {@code /optout}, {@code /optin} for everyone; {@code /persona}, {@code
 * /reset}, {@code /ban}, {@code /unban} and {@code /profile @member} for admins (anyone else gets
 * one line naming the command). Each returns the line the bot answers with, as Markdown in which
 * whatever members wrote (names, facts, the persona shown back) is literal text ({@link
 * MarkdownText}).
 */
final class Commands {

  private static final Set<String> FOR_MEMBERS =
      Set.of("start", "help", "stats", "profile", "facts", "forget", "optout", "optin");
  private static final Set<String> FOR_ADMINS = Set.of("persona", "reset", "ban", "unban");

  private final MessageStore messages;
  private final ChatSettingsStore settings;
  private final MemberMemory memory;
  private final MemberForgetting forgetting;
  private final ContextAssembler assembler;
  private final ConversationConfig config;
  private final BotIdentity bot;
  private final BanTargets targets;

  Commands(
      MessageStore messages,
      ChatSettingsStore settings,
      MemberMemory memory,
      MemberForgetting forgetting,
      ContextAssembler assembler,
      ConversationConfig config,
      BotIdentity bot) {
    this.messages = messages;
    this.settings = settings;
    this.memory = memory;
    this.forgetting = forgetting;
    this.assembler = assembler;
    this.config = config;
    this.bot = bot;
    this.targets = new BanTargets(messages);
  }

  boolean handles(String name) {
    return FOR_MEMBERS.contains(name) || FOR_ADMINS.contains(name);
  }

  /** Runs a command {@link #handles} accepts and returns the answer. */
  String run(Command command, Inbound inbound) {
    if (FOR_ADMINS.contains(command.name()) && !inbound.admin()) {
      return say(Phrase.ADMIN_ONLY, "/" + command.name());
    }
    UserId author = inbound.message().author().id();
    return switch (command.name()) {
      case "start" -> start(inbound);
      case "help" -> say(Phrase.HELP);
      case "stats" -> stats(inbound);
      case "profile" -> profile(inbound, command.arguments());
      case "facts" -> shown(memory.factsReport(inbound.chat(), author));
      case "forget" -> forget(inbound, author, command.arguments());
      case "optout" -> optOut(inbound, author);
      case "optin" ->
          say(memory.optIn(inbound.chat(), author) ? Phrase.OPTED_IN : Phrase.NOT_OPTED_OUT);
      case "persona" -> persona(inbound, command.arguments());
      case "reset" -> reset(inbound);
      case "ban", "unban" -> ban(inbound, command);
      default -> throw new IllegalArgumentException("not a built-in command: " + command.name());
    };
  }

  private String start(Inbound inbound) {
    if (inbound.admin() && !inbound.settings().active()) {
      settings.update(inbound.chat(), current -> current.withActive(true));
    }
    return say(Phrase.START, bot.name());
  }

  private String stats(Inbound inbound) {
    ChatId chat = inbound.chat();
    long lastDay =
        messages
            .topAuthors(chat, inbound.now().minus(Duration.ofDays(1)), Integer.MAX_VALUE)
            .stream()
            .mapToLong(AuthorActivity::messages)
            .sum();
    List<AuthorActivity> top =
        messages.topAuthors(chat, inbound.now().minus(Duration.ofDays(7)), 3);
    String leaders =
        top.isEmpty()
            ? "—"
            : top.stream()
                .map(a -> a.author().name() + " (" + a.messages() + ")")
                .collect(Collectors.joining(", "));
    return say(Phrase.STATS, messages.count(chat), lastDay, leaders);
  }

  /** One's own profile; an admin's {@code /profile @user} (or in reply) shows another's. */
  private String profile(Inbound inbound, String arguments) {
    UserId subject = inbound.message().author().id();
    if (!arguments.isEmpty() || inbound.message().replyTo() != null) {
      if (!inbound.admin()) {
        return say(Phrase.ADMIN_ONLY, "/profile @учасник");
      }
      Author target = targets.find(inbound, arguments).orElse(null);
      if (target == null) {
        return say(Phrase.PROFILE_USAGE);
      }
      subject = target.id();
    }
    return shown(memory.report(inbound.chat(), subject));
  }

  /** A member report as literal text, or the line saying nothing is known. */
  private String shown(Optional<String> report) {
    return report.map(MarkdownText::literal).orElse(say(Phrase.NO_PROFILE));
  }

  /** Forgets as of the command's own time: what the member wrote up to it stays out for good. */
  private String forget(Inbound inbound, UserId author, String key) {
    if (!key.isBlank()) {
      String fact = key.strip();
      return memory.forgetFact(inbound.chat(), author, fact)
          ? say(Phrase.FACT_FORGOTTEN, fact)
          : say(Phrase.NO_SUCH_FACT, fact);
    }
    Forgotten f = forgetting.forget(inbound.chat(), author, inbound.message().sentAt());
    return say(Phrase.FORGOTTEN, f.messages(), f.records() + f.summaries());
  }

  private String optOut(Inbound inbound, UserId author) {
    Forgotten f = forgetting.optOut(inbound.chat(), author, inbound.message().sentAt());
    return say(Phrase.OPTED_OUT, f.messages(), f.records() + f.summaries());
  }

  private String persona(Inbound inbound, String arguments) {
    if (arguments.isEmpty()) {
      return say(Phrase.PERSONA_SHOWN, inbound.settings().personaOr(config.persona()));
    }
    if (arguments.equalsIgnoreCase("reset")) {
      settings.update(inbound.chat(), current -> current.withPersona(null));
      return say(Phrase.PERSONA_RESET);
    }
    int tokens = assembler.cost(arguments);
    if (tokens > assembler.maxPersonaTokens()) {
      return say(Phrase.PERSONA_TOO_LONG, tokens, assembler.maxPersonaTokens());
    }
    settings.update(inbound.chat(), current -> current.withPersona(arguments));
    return say(Phrase.PERSONA_SET);
  }

  private String reset(Inbound inbound) {
    settings.update(inbound.chat(), current -> current.withContextResetAt(inbound.now()));
    return say(Phrase.CONTEXT_RESET);
  }

  private String ban(Inbound inbound, Command command) {
    boolean ban = command.name().equals("ban");
    Author target = targets.find(inbound, command.arguments()).orElse(null);
    if (target == null || target.id().equals(bot.id())) {
      return say(Phrase.BAN_USAGE);
    }
    settings.update(
        inbound.chat(),
        current -> ban ? current.withBan(target.id()) : current.withoutBan(target.id()));
    return say(ban ? Phrase.BANNED : Phrase.UNBANNED, target.name());
  }

  private String say(Phrase phrase, Object... arguments) {
    return config.phrases().say(phrase, arguments);
  }
}
