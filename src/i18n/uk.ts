import type { Texts } from './index.js';

const texts: Texts = {
  message: "Ми використовуємо потрібні сайту cookie, а з вашої згоди — функціональні, щоб упізнавати вас, і аналітичні, щоб вимірювати використання. Свій вибір можна будь-коли змінити.",
  policy: "Політика конфіденційності",
  acceptAll: "Прийняти всі",
  rejectAll: "Відхилити всі",
  customize: "Налаштувати",
  title: "Налаштування cookie",
  save: "Зберегти вибір",
  close: "Закрити",
  necessary: "Обов’язкові",
  necessaryInfo: "Вхід, безпека й цей вибір.",
  functional: "Функціональні",
  functionalInfo: "Запам’ятовують ім’я користувача.",
  analytical: "Аналітичні",
  analyticalInfo: "Рахують відвідування (Google Analytics).",
  alwaysOn: "Завжди ввімкнені",
  cookies: "Cookie",
  cookie: "Cookie",
  duration: "Термін",
  purpose: "Мета",
  session: "Сеанс",
  httpOnly: "Встановлює сервер (HttpOnly).",
  gpc: "Global Privacy Control увімкнено: аналітика вимкнена.",
  siteDefined: "Визначає сайт",
  marketing: "Маркетинг",
  marketingInfo: "Персоналізована реклама.",
};

export default texts;
