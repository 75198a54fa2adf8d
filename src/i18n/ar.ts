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
};

export default texts;
