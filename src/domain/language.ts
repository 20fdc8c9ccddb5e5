// The languages Adherence publishes in. Treaty modules give their names and quotations in each.

export const languages = ['en', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

/** One value per language. */
export type Localized<T> = Readonly<Record<Language, T>>;
