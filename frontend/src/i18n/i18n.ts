import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import labelsZhCN from './labels/zh-CN.json';
import zhCN from './zh-CN.json';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';
const storageKey = 'redline.language';

type Translation = Record<string, unknown>;

/**
 * Chinese, the default and the fallback, is bundled; English (texts and label catalog) is its own chunk, fetched only
 * when chosen, so a Chinese phone never downloads it. The label catalog lives under `label.`; its source is the backend's.
 */
const translations: Record<Language, () => Promise<Translation>> = {
  'zh-CN': () => Promise.resolve({ ...zhCN, label: labelsZhCN }),
  en: () => Promise.all([import('./en.json'), import('./labels/en.json')]).then(([en, labels]) => ({ ...en.default, label: labels.default })),
};

async function ensureLoaded(i18n: I18n, language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await translations[language]());
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(storageKey);
    return isLanguage(saved) ? saved : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

/** Switches the UI language and remembers it for the next visit. */
export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode without storage: the switch still applies to this visit.
  }
  await ensureLoaded(i18n, language);
  await i18n.changeLanguage(language);
}

/** A fresh instance per call so tests do not share state. */
export async function createI18n(language: Language = storedLanguage()): Promise<I18n> {
  const instance = i18next.createInstance();
  const resources: Partial<Record<Language, { translation: Translation }>> = {};
  for (const each of new Set([defaultLanguage, language])) resources[each] = { translation: await translations[each]() };
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return instance;
}
