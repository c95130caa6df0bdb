package dev.gryag.app.cli.synthetic;

import java.util.List;

/** What the synthetic chat's members say: phrases in Ukrainian, Russian and English. */
public final class Phrases {

  private Phrases() {}

  public static final List<String> UK =
      List.of(
          "Привіт усім!",
          "Хто сьогодні йде на каву?",
          "Дякую, це дуже допомогло",
          "Я трохи запізнюсь, вибачте",
          "Чудова ідея, я за!",
          "Не знаю, чи встигну до вечора",
          "Скиньте, будь ласка, адресу",
          "Погода сьогодні просто жах",
          "Ви бачили новини? Неймовірно",
          "Ха-ха, оце так історія",
          "Завтра зранку буду вдома",
          "Мені здається, це погана думка",
          "Хтось може допомогти з перекладом?",
          "Вітаю з днем народження! Щастя тобі",
          "Купив новий ноутбук, дуже задоволений",
          "Потяг знову затримується на годину",
          "Гарного всім вечора",
          "Я вже на місці, чекаю біля входу",
          "Це найкращий борщ у моєму житті",
          "Сумно, що ти не зміг прийти",
          "Давайте зустрінемось у суботу",
          "Зробила фото, потім скину",
          "Скільки коштує квиток?",
          "Треба подумати над планом",
          "Класно посиділи вчора");

  public static final List<String> RU =
      List.of(
          "Всем привет!",
          "Кто сегодня пойдёт в кино?",
          "Спасибо, очень выручил",
          "Я немного опоздаю",
          "Отличная мысль, поддерживаю",
          "Не уверен, что успею",
          "Скиньте адрес, пожалуйста",
          "Погода сегодня ужасная",
          "Вы видели новости? Невероятно",
          "Ну и дела, конечно",
          "Завтра утром буду дома",
          "Мне кажется, это плохая идея",
          "Кто может помочь с машиной?",
          "С днём рождения! Счастья тебе",
          "Опять всё сломалось, бесит",
          "Поезд снова задерживается",
          "Хорошего всем вечера",
          "Уже на месте, жду у входа",
          "Давайте встретимся в субботу",
          "Сколько стоит билет?");

  public static final List<String> EN =
      List.of(
          "Hi everyone!",
          "Who's up for coffee today?",
          "Thanks, that really helped",
          "I'll be a bit late, sorry",
          "Great idea, count me in!",
          "Not sure I can make it tonight",
          "Could someone send the address?",
          "The weather is awful today",
          "Did you see the news? Unbelievable",
          "Haha, what a story",
          "I think that's a bad idea",
          "Can anyone help me with the translation?",
          "Happy birthday! Have a great one",
          "Just bought a new laptop, very happy with it",
          "The train is late again",
          "Have a nice evening, everyone",
          "Let's meet on Saturday",
          "How much is the ticket?");

  static final List<String> EMOJI =
      List.of("😂", "❤️", "👍", "🔥", "😍", "😭", "🙏", "😅", "🎉", "😢", "🤔", "👀", "💪", "😎");

  static final List<String> REACTIONS = List.of("👍", "❤", "🔥", "😂", "🎉", "😢", "🤔", "👏");

  static final List<String> FIRST_NAMES =
      List.of(
          "Олена", "Тарас", "Ірина", "Андрій", "Марта", "Богдан", "Софія", "Дмитро", "Юлія",
          "Максим", "Дмитрий", "Анна", "Сергей", "Наталья", "Sam", "Emma", "Oliver", "Kate");

  static final List<String> LAST_NAMES =
      List.of(
          "Коваль",
          "Мельник",
          "Бондар",
          "Шевченко",
          "Ткаченко",
          "Кравець",
          "Соколов",
          "Иванова",
          "Петров",
          "Taylor",
          "Smith",
          "Brown");
}
