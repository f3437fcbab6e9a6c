import type { Locale } from '../shared/values.js';
import { contact as id } from './id/contact.js';
import { contact as en } from './en/contact.js';

export { CONTACT_FACTS } from './contact-facts.js';

/** The words `<ogi-contact>` shows, per language. */
export interface ContactContent {
  /** A short label above the title. */
  eyebrow: string;
  title: string;
  intro: string;
  /** The organisation's name as read in this language (the official name stays in the address). */
  organizationNote: string;
  addressHeading: string;
  emailHeading: string;
  /** The label of a regional contact's phone number. */
  phoneHeading: string;
  copyEmail: string;
  copied: string;
  /** What the copy button says for a moment after a copy. */
  copiedShort: string;
  copyFailed: string;
  openMap: string;
  saveContact: string;
  country: string;
}

export const contactContent: Record<Locale, ContactContent> = { id, en };
