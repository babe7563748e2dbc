import type { Lang } from '../../model/paper.js';

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'ar' : 'en');
export const dirOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');
