/**
 * The secretariat's contact facts, apart from any widget's words: `<ogi-contact>` and the FAQ's
 * answer on how to reach the secretariat both read them, and neither loads the other's words.
 */
/** Facts that read the same in every language: the address and e-mail of Seknas OGI. */
export const CONTACT_FACTS = {
  organization: 'Sekretariat Open Government Indonesia',
  /** The postal address exactly as Seknas OGI writes it, one line each. */
  addressLines: ['Gedung B, Kantor Staf Presiden', 'Jalan Veteran III No. 2', 'Jakarta 10110'],
  street: 'Jalan Veteran III No. 2',
  building: 'Gedung B, Kantor Staf Presiden',
  city: 'Jakarta',
  postalCode: '10110',
  country: 'Indonesia',
  email: 'contact@opengovindonesia.org',
} as const;
