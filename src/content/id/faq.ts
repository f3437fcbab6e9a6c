import { CONTACT_FACTS } from '../contact-facts.js';
import type { FaqContent } from '../faq.js';
import { ogi } from './ogi-text.js';
import { ogp } from './ogp-text.js';

const innovation = (i: { name: string; alias?: string; focus: string }) =>
  `${i.name}${i.alias ? ` (${i.alias})` : ''}: ${i.focus}`;

export const faq: FaqContent = {
  eyebrow: 'Tanya Jawab',
  title: 'Pertanyaan yang Sering Diajukan',
  intro: 'Jawaban singkat atas pertanyaan yang sering diajukan tentang keterbukaan pemerintah di Indonesia.',
  openAll: 'Buka semua',
  closeAll: 'Tutup semua',
  allOpened: 'Semua jawaban ditampilkan.',
  allClosed: 'Semua jawaban disembunyikan.',
  search: 'Cari pertanyaan',
  items: [
    {
      id: 'apa-itu-ogi',
      question: 'Apa itu Open Government Indonesia (OGI)?',
      answer: [ogi.lead, `${ogi.concreteSign} ${ogi.nawaCitaStep}`, ogi.seknasRole],
    },
    {
      id: 'ogi-dan-nawa-cita',
      question: 'Apa hubungan OGI dengan Nawa Cita?',
      answer: [{ quote: ogi.quote.text, cite: ogi.quote.author, note: ogi.quote.role }, ogi.nawaCita, ogi.nawaCitaStep],
    },
    { id: 'tujuan-ogi', question: 'Apa yang ingin dicapai melalui OGI?', answer: [ogi.concreteSign, ogi.ideas] },
    {
      id: 'peran-masyarakat',
      question: 'Apa peran masyarakat dalam OGI?',
      answer: [ogi.openDoor, `${ogi.collaboration} ${ogi.policyInnovations}`],
    },
    {
      id: 'inovasi-ogi',
      question: 'Inovasi apa saja yang diinspirasi dan didorong oleh OGI?',
      answer: [ogi.innovationsIntro, { list: Object.values(ogi.innovations).map(innovation) }, ogi.innovationsOutro],
    },
    {
      id: 'mengapa-ogp',
      question: 'Mengapa Open Government Partnership (OGP) dibutuhkan?',
      answer: [ogp.ogpWhy.slice(0, 3).join(' '), [...ogp.ogpWhy.slice(3), ogp.ogpAnswer].join(' ')],
    },
    {
      id: 'apa-itu-ogp',
      question: 'Apa itu Open Government Partnership (OGP)?',
      answer: [
        `${ogp.ogpWhat} ${ogp.ogpTechnology}`,
        ogp.ogpCollaboration,
        ['Situs resmi: ', { text: 'opengovpartnership.org', href: 'https://www.opengovpartnership.org/' }],
      ],
    },
    {
      id: 'peluncuran-ogp',
      question: 'Kapan OGP diluncurkan dan oleh siapa?',
      answer: [
        `OGP diluncurkan pada 20 September 2011 oleh ${ogp.ogpLaunchedBy}:`,
        { list: [...ogp.foundingCountries] },
        `${ogp.ogpSpread} Hingga akhir September 2016, sudah terdapat 70 negara yang tergabung dalam OGP.`,
      ],
    },
    {
      id: 'sejarah-ogi',
      question: 'Bagaimana sejarah lahirnya OGI?',
      answer: [`${ogp.demandsBefore} ${ogp.demandsAfter}`, ogp.afterLaws, `${ogp.meeting} ${ogp.ogiFollowUp}`],
    },
    {
      id: 'apa-itu-seknas-ogi',
      question: 'Apa itu Sekretariat Nasional (Seknas) OGI?',
      answer: [ogi.seknasRole, ogi.seknasStaff, { list: ogi.team.map((m) => m.name) }],
    },
    {
      id: 'fungsi-seknas-ogi',
      question: 'Apa fungsi utama Seknas OGI?',
      answer: [ogi.seknasFunction, ogi.seknasCoordination],
    },
    {
      id: 'kontak-seknas-ogi',
      question: 'Di mana alamat Seknas OGI dan bagaimana cara menghubunginya?',
      answer: [
        `Alamat Seknas OGI: ${CONTACT_FACTS.organization}, ${CONTACT_FACTS.addressLines.join(', ')}, Indonesia.`,
        ['Surel: ', { text: CONTACT_FACTS.email, href: `mailto:${CONTACT_FACTS.email}` }],
      ],
    },
  ],
};
