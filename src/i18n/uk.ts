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
  purposes:
    ".ASPXAUTH|Стан входу, для доступу до захищених ресурсів.\nBPMLOADER|Ідентифікатор анонімного сеансу.\nBPMSESSIONID|Ідентифікатор сеансу.\nBPMCSRF|Захист від підробки міжсайтових запитів.\nUserName|Ідентифікатор користувача для простішого входу; встановлюється, поки UserNameExpireDays більше 0.\nUserType|Тип користувача, встановлюється після входу.\nSsoSessionId|Ідентифікатор сеансу користувача єдиного входу (SSO).\nCookieConscent|Ваш вибір щодо файлів cookie.\n_ga|Google Analytics: розрізняє відвідувачів, щоб рахувати відвідування.\n_ga_*|Google Analytics: стан відвідування.\n_gid|Google Analytics: розрізняє відвідувачів протягом дня.\n_gat|Google Analytics: обмежує частоту запитів.\n_gat_*|Google Analytics: обмежує частоту запитів.\n_gac_*|Google Analytics: рекламна кампанія, з якої прийшло відвідування.\n_dc_gtm_*|Google Tag Manager: обмежує частоту запитів.\nbpmTrackingId|Відстеження вебсайту Creatio: розрізняє відвідувачів, щоб пов’язати їхні відвідування.\n_gcl_*|Google Ads: клік по рекламі, з якого прийшло відвідування.\nverto_session_uuid|Сеанс телефонії Verto для Webitel.\nvisid_incap_*|Захист від DDoS і брандмауер: відвідувач сеансу.\nincap_ses_*|Захист від DDoS і брандмауер: сеанс запиту.\n.AspNet.SharedCookie|Єдиний вхід (SSO) у сервісах Creatio.\nCreatioIdentityServerAuthenticated|Стан автентифікації в Identity Service.\nExistingAlmUser|Статус користувача в Application Hub.\nidsrv.session|Сеанс Identity Service.\nsticky-session-id|Закріплений сеанс між мікросервісами Creatio.\nproduct|Пробний продукт, обраний в Application Hub.\nbpmHref|Адреса поточної сторінки.\nbpmRef|Адреса сторінки, з якої ви прийшли.\nTotpSetupToken|Прив’язує застосунок автентифікації (налаштування двофакторного входу).\nFirstFactor|Перший фактор двофакторного входу.\nPasswordRecover|Стан відновлення пароля.",
};

export default texts;
