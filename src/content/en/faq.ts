import { CONTACT_FACTS } from '../contact-facts.js';
import type { FaqContent } from '../faq.js';
import { ogi as original } from '../id/ogi-text.js';
import { ogi } from './ogi-text.js';
import { ogp } from './ogp-text.js';

const innovation = (i: { name: string; alias?: string; focus: string }) =>
  `${i.name}${i.alias ? ` (${i.alias})` : ''}: ${i.focus}`;

export const faq: FaqContent = {
  eyebrow: 'FAQ',
  title: 'Frequently asked questions',
  intro: 'Short answers to common questions about open government in Indonesia.',
  openAll: 'Open all',
  closeAll: 'Close all',
  allOpened: 'All answers are shown.',
  allClosed: 'All answers are hidden.',
  search: 'Search questions',
  items: [
    {
      id: 'apa-itu-ogi',
      question: 'What is Open Government Indonesia (OGI)?',
      answer: [ogi.lead, `${ogi.concreteSign} ${ogi.nawaCitaStep}`, ogi.seknasRole],
    },
    {
      id: 'ogi-dan-nawa-cita',
      question: 'How is OGI related to Nawa Cita?',
      answer: [
        {
          quote: ogi.quote.text,
          cite: ogi.quote.author,
          note: ogi.quote.role,
          original: {
            lang: 'id',
            label: `${ogi.quote.translationNote!} ${ogi.quote.originalLabel!}`,
            text: original.quote.text,
          },
        },
        ogi.nawaCita,
        ogi.nawaCitaStep,
      ],
    },
    { id: 'tujuan-ogi', question: 'What is OGI meant to achieve?', answer: [ogi.concreteSign, ogi.ideas] },
    {
      id: 'peran-masyarakat',
      question: 'What role do citizens play in OGI?',
      answer: [ogi.openDoor, `${ogi.collaboration} ${ogi.policyInnovations}`],
    },
    {
      id: 'inovasi-ogi',
      question: 'Which innovations has OGI inspired and encouraged?',
      answer: [ogi.innovationsIntro, { list: Object.values(ogi.innovations).map(innovation) }, ogi.innovationsOutro],
    },
    {
      id: 'mengapa-ogp',
      question: 'Why is the Open Government Partnership (OGP) needed?',
      answer: [ogp.ogpWhy.slice(0, 3).join(' '), [...ogp.ogpWhy.slice(3), ogp.ogpAnswer].join(' ')],
    },
    {
      id: 'apa-itu-ogp',
      question: 'What is the Open Government Partnership (OGP)?',
      answer: [
        `${ogp.ogpWhat} ${ogp.ogpTechnology}`,
        ogp.ogpCollaboration,
        ['Official website: ', { text: 'opengovpartnership.org', href: 'https://www.opengovpartnership.org/' }],
      ],
    },
    {
      id: 'peluncuran-ogp',
      question: 'When was OGP launched, and by whom?',
      answer: [
        `OGP was launched on 20 September 2011 by ${ogp.ogpLaunchedBy}:`,
        { list: [...ogp.foundingCountries] },
        `${ogp.ogpSpread} By the end of September 2016, 70 countries had joined OGP.`,
      ],
    },
    {
      id: 'sejarah-ogi',
      question: 'How did OGI come about?',
      answer: [`${ogp.demandsBefore} ${ogp.demandsAfter}`, ogp.afterLaws, `${ogp.meeting} ${ogp.ogiFollowUp}`],
    },
    {
      id: 'apa-itu-seknas-ogi',
      question: 'What is the OGI National Secretariat (Seknas OGI)?',
      answer: [
        ogi.seknasRole,
        ogi.seknasStaff,
        { list: ogi.team.map((m) => (m.gloss ? `${m.name} (${m.gloss})` : m.name)) },
      ],
    },
    {
      id: 'fungsi-seknas-ogi',
      question: 'What is the main function of Seknas OGI?',
      answer: [ogi.seknasFunction, ogi.seknasCoordination],
    },
    {
      id: 'kontak-seknas-ogi',
      question: 'Where is Seknas OGI, and how can I contact it?',
      answer: [
        `Seknas OGI’s address: ${CONTACT_FACTS.organization}, ${CONTACT_FACTS.addressLines.join(', ')}, Indonesia. Kantor Staf Presiden is the Executive Office of the President.`,
        ['E-mail: ', { text: CONTACT_FACTS.email, href: `mailto:${CONTACT_FACTS.email}` }],
      ],
    },
  ],
};
