package dev.gryag.app.cli.bench;

import java.util.List;

/** Chat lines of the sort a Ukrainian group chat holds, for benchmarks. */
final class Lines {

  private static final List<String> LINES =
      List.of(
          "Хто сьогодні йде на каву після роботи?",
          "Я вже третій день не можу вибрати ноутбук, допоможіть",
          "Дивились вчора матч? Динамо знову програло в кінці",
          "ахаха, це найкраще, що я бачив за тиждень",
          "Did anyone try the new ramen place near the station?",
          "Скиньте, будь ласка, посилання на ту статтю про Rust",
          "Погода жахлива, дощ з самого ранку",
          "Хтось знає, коли наступне оновлення Telegram?",
          "я за піцу, але без ананасів",
          "Ну так, але ж ціни на оренду знову зросли",
          "Can we move the meeting to Thursday?",
          "Кіт знову скинув чашку зі столу 😅",
          "Рекомендуйте серіал на вихідні, щось легке",
          "Я думаю, що Java 25 таки швидша за 21",
          "Хто має зарядку для Android у офісі?",
          "Завтра свято, магазини працюють?",
          "Треба купити квитки на потяг до Львова",
          "Це якийсь жарт чи правда?",
          "Ок, домовились, о сьомій біля фонтану",
          "Ловіть мем дня 😂");

  private Lines() {}

  /** A line for message number {@code i}, with the number so that texts differ. */
  static String get(long i) {
    return LINES.get((int) (i % LINES.size())) + " #" + i;
  }
}
