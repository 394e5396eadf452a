/** The two languages of the UI, Chinese first. A type every layer may use (the strings live in src/i18n). */
export type Lang = 'zh' | 'en';
