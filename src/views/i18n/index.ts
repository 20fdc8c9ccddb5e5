// The messages for a language.
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Language } from './locale.js';
import type { Messages } from './messages.js';

export const messages: Record<Language, Messages> = { en, fr, es };
