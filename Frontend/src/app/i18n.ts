import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

export const supportedLanguages = ['zh-CN', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'zh-CN';

/** Where the user's choice of language survives a reload. */
export const languageStorageKey = 'lawyerwork.language';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return supportedLanguages.some((language) => language === value);
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the default.
    return defaultLanguage;
  }
}

/** Switches the interface language and remembers the choice for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : defaultLanguage;
}

function reflectLanguageInDocument(): void {
  document.documentElement.lang = currentLanguage();
  document.title = i18next.t('app.name');
}

/**
 * Initialises the global i18next instance (resources are bundled, so this is synchronous).
 * The API client reads the same instance to send Accept-Language.
 */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: storedLanguage(),
      fallbackLng: defaultLanguage,
      supportedLngs: supportedLanguages,
      load: 'currentOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', reflectLanguageInDocument);
  }
  reflectLanguageInDocument();
  return i18next;
}
