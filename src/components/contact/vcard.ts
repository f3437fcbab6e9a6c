/** Escapes a vCard text value (RFC 6350 §3.4). */
function escape(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');
}

export interface VCardOrganization {
  name: string;
  extendedAddress?: string;
  street: string;
  city?: string;
  postalCode?: string;
  country?: string;
  email: string;
  phone?: string;
}

/** A vCard 3.0 for an organisation, with CRLF line ends as the format requires. */
export function vCard(org: VCardOrganization): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escape(org.name)}`,
    `ORG:${escape(org.name)}`,
    `ADR;TYPE=WORK:;${escape(org.extendedAddress ?? '')};${escape(org.street)};${escape(org.city ?? '')};;${escape(org.postalCode ?? '')};${escape(org.country ?? '')}`,
    `EMAIL;TYPE=INTERNET,WORK:${org.email}`,
    ...(org.phone ? [`TEL;TYPE=WORK,VOICE:${org.phone}`] : []),
    'X-ABShowAs:COMPANY',
    'END:VCARD',
    '',
  ].join('\r\n');
}
