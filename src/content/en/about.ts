import type { AboutContent } from '../about.js';
import { capitalise } from '../sentences.js';
import { ogi as original } from '../id/ogi-text.js';
import { ogi as s } from './ogi-text.js';

const { lapor, 'satu-data': satuData, 'satu-peta': satuPeta } = s.innovations;

export const about: AboutContent = {
  eyebrow: 'How OGI works',
  title: 'About Open Government Indonesia',
  lead: s.lead,
  vision: {
    heading: 'The vision: clean, effective, democratic and trustworthy governance',
    paragraphs: [`${s.nawaCita} ${s.nawaCitaStep}`],
  },
  quote: {
    text: s.quote.text,
    author: s.quote.author,
    role: s.quote.role,
    translationNote: `${s.quote.translationNote!} ${s.quote.originalLabel!}:`,
    original: original.quote.text,
  },
  why: {
    heading: 'Why OGI',
    paragraphs: [`${s.concreteSign} ${s.ideas}`, `${s.openDoor} ${s.collaboration}`, s.policyInnovations],
  },
  innovations: {
    heading: 'Innovations inspired and encouraged by OGI',
    intro: s.innovationsIntro,
    items: [
      { key: 'lapor', name: lapor.name, focus: `${capitalise(lapor.focus)}.`, linkLabel: 'Visit lapor.go.id' },
      {
        key: 'satu-data',
        name: satuData.name,
        alias: satuData.alias,
        focus: `${capitalise(satuData.focus)}.`,
        linkLabel: 'Visit data.go.id',
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
    heading: 'OGI National Secretariat (Seknas OGI)',
    role: `${s.seknasRole} ${s.seknasStaff}`,
    team: s.team,
    functionLabel: 'Main function',
    functionText: `${s.seknasFunction} ${s.seknasCoordination}`,
  },
};
