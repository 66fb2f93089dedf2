// Words the CLI prints, in Vietnamese (default) and English. The terms live in ../wording/.
export type { Lang } from '../wording/terms.js';
import type { Lang } from '../wording/terms.js';

/** Picks the text of the language. */
export const t = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);
