package dev.gryag.core.conversation;

/**
 * The fixed lines the bot says (command answers, notices), each with its default text in Ukrainian.
 * A text's {@code %s} placeholders receive the arguments listed per phrase.
 */
public enum Phrase {
  /** {@code /start}; %s: the bot's name. */
  START(
      "Привіт! Я %s. Клич мене на ім'я, згадуй через @ або відповідай на мої повідомлення."
          + " Що я вмію — /help.",
      1),
  /** {@code /help}. */
  HELP(
      "Що я вмію:\n"
          + "/stats — статистика чату\n"
          + "/profile — що я про тебе знаю\n"
          + "/facts — які факти про тебе я запам'ятав\n"
          + "/forget — забути все про тебе; /forget ключ — один факт\n"
          + "/optout — забути все й більше нічого про тебе не запам'ятовувати; /optin — знову"
          + " запам'ятовувати\n"
          + "Для адмінів: /profile @учасник, /persona [текст | reset], /reset, /ban, /unban",
      0),
  /** A rate limit stopped a member; %s: minutes until they may ask again. */
  RATE_LIMITED("Забагато запитів. Спробуй за %s хв.", 1),
  /** A member ran too many commands; %s: minutes until they may run one again. */
  COMMANDS_LIMITED("Забагато команд. Спробуй за %s хв.", 1),
  /** The model failed; blank means silence. */
  FAILURE("Щось пішло не так, спробуй трохи пізніше.", 0),
  /** A member who is no admin tried an admin command; %s: the command, as /help lists it. */
  ADMIN_ONLY("%s — лише для адмінів чату.", 1),
  /** {@code /profile} with nothing known. */
  NO_PROFILE("Я поки нічого про тебе не знаю.", 0),
  /** {@code /forget}; %s: messages erased, %s: profile entries erased. */
  FORGOTTEN("Готово: забув %s повідомлень і %s записів про тебе.", 2),
  /** {@code /optout}; %s: messages erased, %s: profile entries erased. */
  OPTED_OUT(
      "Готово: забув %s повідомлень і %s записів про тебе. Більше нічого про тебе не"
          + " запам'ятовую, доки не напишеш /optin.",
      2),
  /** {@code /optin} lifted an opt-out. */
  OPTED_IN("Добре, знову запам'ятовую. Передумаєш — /optout.", 0),
  /** {@code /optin} from a member who had not opted out. */
  NOT_OPTED_OUT("Я й так запам'ятовую. Щоб не запам'ятовував — /optout.", 0),
  /** {@code /persona}; %s: the chat's persona. */
  PERSONA_SHOWN("Персона цього чату:\n%s", 1),
  /** {@code /persona <text>}. */
  PERSONA_SET("Нову персону збережено.", 0),
  /** {@code /persona reset}. */
  PERSONA_RESET("Повернув типову персону.", 0),
  /** {@code /persona <text>} too long; %s: its tokens, %s: the most allowed. */
  PERSONA_TOO_LONG("Задовга персона: %s токенів, можна до %s.", 2),
  /** {@code /reset}. */
  CONTEXT_RESET("Контекст очищено: попередніх повідомлень я більше не враховую.", 0),
  /** {@code /ban}; %s: who. */
  BANNED("%s більше не може до мене звертатися.", 1),
  /** {@code /unban}; %s: who. */
  UNBANNED("%s знову може до мене звертатися.", 1),
  /** {@code /ban} or {@code /unban} without a member to act on. */
  BAN_USAGE("Відповідай на повідомлення учасника або вкажи його id чи @username.", 0),
  /** {@code /stats}; %s: messages stored, %s: in the last day, %s: most active this week. */
  STATS("Повідомлень у пам'яті: %s, за добу: %s.\nНайактивніші за тиждень: %s", 3),
  /** {@code /forget KEY} erased a fact; %s: the key. */
  FACT_FORGOTTEN("Забув: %s.", 1),
  /** {@code /forget KEY} found no such fact; %s: the key. */
  NO_SUCH_FACT("Такого запису про тебе немає: %s. Ключі показує /facts.", 1),
  /** Admin {@code /profile} named nobody the bot knows. */
  PROFILE_USAGE("Кого показати? Відповідай на повідомлення учасника або вкажи @username.", 0);

  private final String defaultText;
  private final int arguments;

  Phrase(String defaultText, int arguments) {
    this.defaultText = defaultText;
    this.arguments = arguments;
  }

  public String defaultText() {
    return defaultText;
  }

  /** How many {@code %s} arguments the phrase receives. */
  public int arguments() {
    return arguments;
  }
}
