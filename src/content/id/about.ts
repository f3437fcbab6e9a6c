import type { AboutContent } from '../about.js';
import { capitalise } from '../sentences.js';
import { ogi as s } from './ogi-text.js';

const { lapor, 'satu-data': satuData, 'satu-peta': satuPeta } = s.innovations;

export const about: AboutContent = {
  eyebrow: 'Bagaimana OGI Bekerja',
  title: 'Tentang Open Government Indonesia',
  lead: s.lead,
  vision: {
    heading: 'Visi: pemerintahan yang bersih, efektif, demokratis, dan terpercaya',
    paragraphs: [`${s.nawaCita} ${s.nawaCitaStep}`],
  },
  quote: { text: s.quote.text, author: s.quote.author, role: s.quote.role },
  why: {
    heading: 'Mengapa OGI',
    paragraphs: [`${s.concreteSign} ${s.ideas}`, `${s.openDoor} ${s.collaboration}`, s.policyInnovations],
  },
  innovations: {
    heading: 'Inovasi yang diinspirasi dan didorong OGI',
    intro: s.innovationsIntro,
    items: [
      { key: 'lapor', name: lapor.name, focus: `${capitalise(lapor.focus)}.`, linkLabel: 'Kunjungi lapor.go.id' },
      {
        key: 'satu-data',
        name: satuData.name,
        alias: satuData.alias,
        focus: `${capitalise(satuData.focus)}.`,
        linkLabel: 'Kunjungi data.go.id',
      },
      {
        key: 'satu-peta',
        name: satuPeta.name,
        alias: satuPeta.alias,
        focus: `${capitalise(satuPeta.focus)}.`,
      },
    ],
    outro: s.innovationsOutro,
  },
  secretariat: {
    heading: 'Sekretariat Nasional (Seknas) OGI',
    role: `${s.seknasRole} ${s.seknasStaff}`,
    team: s.team,
    functionLabel: 'Fungsi utama',
    functionText: `${s.seknasFunction} ${s.seknasCoordination}`,
  },
};
