import type { ContactContent } from '../contact.js';

export const contact: ContactContent = {
  eyebrow: 'Seknas OGI',
  title: 'Address and contact',
  intro:
    'If you have questions or ideas about open government, please contact the OGI National Secretariat (Seknas OGI).',
  organizationNote:
    'OGI National Secretariat (Seknas OGI). Kantor Staf Presiden is the Executive Office of the President.',
  addressHeading: 'Address',
  emailHeading: 'E-mail',
  copyEmail: 'Copy e-mail address',
  copied: 'E-mail address copied.',
  copiedShort: 'Copied',
  copyFailed: 'The e-mail address could not be copied automatically. Please copy it by hand.',
  openMap: 'View on OpenStreetMap',
  saveContact: 'Add to contacts (vCard)',
  country: 'Indonesia',
  phoneHeading: 'Phone',
};
