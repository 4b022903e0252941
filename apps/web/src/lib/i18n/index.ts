import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function normalizeLanguage(value: string | null | undefined): Language {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

const LOCAL_KEY = 'rsn.locale';

/** Before sign-in the language comes from this browser; after sign-in from the user's saved locale. */
export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(LOCAL_KEY, lang);
  } catch {
    /* storage may be disabled; the language still applies for this page */
  }
}

function initialLanguage(): Language {
  try {
    return normalizeLanguage(localStorage.getItem(LOCAL_KEY));
  } catch {
    return 'zh-CN';
  }
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export { i18n };
