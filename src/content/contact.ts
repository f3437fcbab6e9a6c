import type { Locale } from '../shared/lang.js';
import { contact as id } from './id/contact.js';
import { contact as en } from './en/contact.js';

/** Facts that read the same in every language: the secretariat's address and e-mail. */
export const CONTACT_FACTS = {
  organization: 'Sekretariat Open Government Indonesia',
  /** The postal address exactly as the secretariat writes it, one line each. */
  addressLines: ['Gedung B, Kantor Staf Presiden', 'Jalan Veteran III No. 2', 'Jakarta 10110'],
  street: 'Jalan Veteran III No. 2',
  building: 'Gedung B, Kantor Staf Presiden',
  city: 'Jakarta',
  postalCode: '10110',
  country: 'Indonesia',
  email: 'contact@opengovindonesia.org',
} as const;

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
