import type { Texts } from './index.js';

const texts: Texts = {
  message: "نستخدم ملفات تعريف الارتباط اللازمة للموقع، وبموافقتك ملفات وظيفية لتذكّرك وتحليلية لقياس الاستخدام. يمكنك تغيير اختيارك في أي وقت.",
  policy: "سياسة الخصوصية",
  acceptAll: "قبول الكل",
  rejectAll: "رفض الكل",
  customize: "تخصيص",
  title: "تفضيلات ملفات الارتباط",
  save: "حفظ الاختيارات",
  close: "إغلاق",
  necessary: "ضرورية",
  necessaryInfo: "تسجيل الدخول والأمان وهذا الاختيار.",
  functional: "وظيفية",
  functionalInfo: "تتذكر اسم المستخدم.",
  analytical: "تحليلية",
  analyticalInfo: "تحصي الزيارات والاستخدام (Google Analytics).",
  alwaysOn: "مفعّلة دائمًا",
  cookies: "ملفات الارتباط",
  cookie: "ملف الارتباط",
  duration: "المدة",
  purpose: "الغرض",
  session: "الجلسة",
  httpOnly: "يضبطه الخادم (HttpOnly).",
  gpc: "إشارة Global Privacy Control مفعّلة: تبقى التحليلات متوقفة.",
  siteDefined: "يحدده الموقع",
  marketing: "تسويق",
  marketingInfo: "إعلانات مخصّصة.",
  purposes:
    ".ASPXAUTH|حالة تسجيل الدخول، للوصول إلى الموارد المحمية.\nBPMLOADER|معرّف جلسة مجهولة.\nBPMSESSIONID|معرّف الجلسة.\nBPMCSRF|الحماية من تزوير الطلبات عبر المواقع.\nUserName|معرّف المستخدم لتسجيل دخول أسهل؛ يُضبط ما دام UserNameExpireDays أكبر من 0.\nUserType|نوع المستخدم، يُضبط بعد تسجيل الدخول.\nSsoSessionId|معرّف جلسة مستخدم تسجيل الدخول الموحّد.\nCookieConscent|اختياراتك بشأن ملفات تعريف الارتباط.\n_ga|Google Analytics: يميّز بين الزوار لعدّ الزيارات.\n_ga_*|Google Analytics: حالة الزيارة.\n_gid|Google Analytics: يميّز بين الزوار لمدة يوم.\n_gat|Google Analytics: يحدّ من معدّل الطلبات.\n_gat_*|Google Analytics: يحدّ من معدّل الطلبات.\n_gac_*|Google Analytics: الحملة الإعلانية التي جاءت منها الزيارة.\n_dc_gtm_*|Google Tag Manager: يحدّ من معدّل الطلبات.\nbpmTrackingId|تتبّع مواقع الويب في Creatio: يميّز بين الزوار لربط زياراتهم.\n_gcl_*|Google Ads: النقرة على الإعلان التي جاءت منها الزيارة.\nverto_session_uuid|جلسة اتصال Verto الهاتفية لـ Webitel.\nvisid_incap_*|الحماية من هجمات DDoS والجدار الناري: زائر الجلسة.\nincap_ses_*|الحماية من هجمات DDoS والجدار الناري: جلسة الطلب.\n.AspNet.SharedCookie|تسجيل الدخول الموحّد عبر خدمات Creatio.\nCreatioIdentityServerAuthenticated|حالة المصادقة في Identity Service.\nExistingAlmUser|حالة المستخدم في Application Hub.\nidsrv.session|جلسة Identity Service.\nsticky-session-id|جلسة ثابتة بين الخدمات المصغّرة في Creatio.\nproduct|المنتج التجريبي المختار في Application Hub.\nbpmHref|عنوان الصفحة الحالية.\nbpmRef|عنوان الصفحة التي جئت منها.\nTotpSetupToken|يربط تطبيق مصادقة (إعداد التحقق بخطوتين).\nFirstFactor|العامل الأول لتسجيل الدخول بخطوتين.\nPasswordRecover|حالة استعادة كلمة المرور.",
};

export default texts;
