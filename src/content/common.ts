import type { Locale } from '../shared/values.js';

/** Interface words shared by several widgets. */
export interface CommonContent {
  /** Said to assistive technology after a link that opens a new tab. */
  newTab: string;
}

const id: CommonContent = { newTab: '(membuka tab baru)' };
const en: CommonContent = { newTab: '(opens in a new tab)' };

export const commonContent: Record<Locale, CommonContent> = { id, en };
