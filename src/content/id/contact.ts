import type { ContactContent } from '../contact.js';

export const contact: ContactContent = {
  eyebrow: 'Seknas OGI',
  title: 'Alamat dan Kontak',
  intro:
    'Apabila Anda memiliki pertanyaan atau gagasan tentang keterbukaan pemerintah, silakan hubungi Sekretariat Nasional (Seknas) OGI.',
  organizationNote: 'Sekretariat Nasional (Seknas) OGI.',
  addressHeading: 'Alamat',
  emailHeading: 'Surel',
  copyEmail: 'Salin alamat surel',
  copied: 'Alamat surel sudah disalin.',
  copiedShort: 'Tersalin',
  copyFailed: 'Alamat surel tidak dapat disalin otomatis. Silakan salin secara manual.',
  openMap: 'Lihat di OpenStreetMap',
  saveContact: 'Simpan ke kontak (vCard)',
  country: 'Indonesia',
  phoneHeading: 'Telepon',
};
