import { CONTACT_FACTS } from '../contact.js';
import type { FaqContent } from '../faq.js';

export const faq: FaqContent = {
  eyebrow: 'FAQ',
  title: 'Frequently asked questions',
  intro: 'Short answers to common questions about open government in Indonesia.',
  openAll: 'Open all',
  closeAll: 'Close all',
  allOpened: 'All answers are shown.',
  allClosed: 'All answers are hidden.',
  items: [
    {
      id: 'apa-itu-ogi',
      question: 'What is Open Government Indonesia (OGI)?',
      answer: [
        'Open Government Indonesia (OGI) is the future of how Indonesia is governed. Through OGI, the government and civil society work hand in hand to build a government that is more open, more participatory and more innovative.',
      ],
    },
    {
      id: 'ogi-dan-nawa-cita',
      question: 'How is OGI related to Nawa Cita?',
      answer: [
        {
          quote:
            'We will make sure the government is always present, by building governance that is clean, effective, democratic and trusted.',
          cite: 'Joko Widodo, President of Indonesia',
          note: 'our translation',
          original: {
            lang: 'id',
            label: 'Original in Indonesian',
            text: 'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
          },
        },
        'President Joko Widodo set this goal of clean, effective, democratic and trusted government in the Nawa Cita programme, which is now the basis of the Indonesian government’s vision and mission.',
        'One of the steps taken towards it is to keep building a more open, participatory and innovative government through the Open Government Indonesia (OGI) commitment.',
      ],
    },
    {
      id: 'tujuan-ogi',
      question: 'What is OGI meant to achieve?',
      answer: [
        'OGI is a concrete sign that the Indonesian government is serious about reforming the whole of the public sector in Indonesia.',
        'OGI is expected to give rise to ideas, initiatives and practices of government openness that speed up the achievement of national targets and priorities, above all clean, effective, democratic and trusted governance.',
      ],
    },
    {
      id: 'peran-masyarakat',
      question: 'What role do citizens play in OGI?',
      answer: [
        'Through OGI, the government seeks to open its doors as wide as possible to every part of society, so that people can collaborate and take an active part in setting the priorities of how Indonesia is governed.',
        'This stronger collaboration is seen as a way to improve how well public policy is put into practice. The government is also confident that an open process will bring many public policy innovations that better fit what people need.',
      ],
    },
    {
      id: 'inovasi-ogi',
      question: 'Which innovations has OGI given rise to?',
      answer: [
        'OGI has inspired and driven a number of public policy innovations, such as LAPOR!, Portal Satu Data (One Data Portal) and the Satu Peta (One Map) initiative. These instruments target three areas closely tied to a more open government:',
        {
          list: [
            'LAPOR!: a channel for citizens’ aspirations and complaints;',
            'Portal Satu Data (Open Data): credible data as the basis for making public policy;',
            'Satu Peta: spatial data, closely tied to development planning.',
          ],
        },
        'These innovations are expected to act as catalysts for changing the way public policy is governed in Indonesia.',
      ],
    },
    {
      id: 'mengapa-ogp',
      question: 'Why is the Open Government Partnership (OGP) needed?',
      answer: [
        'People all over the world hope for effective and transparent government. Yet governments are often seen as slow, unresponsive, insensitive and not transparent, and this public perception has not yet been enough to make bureaucracies change.',
        'At the same time, a better, more prosperous and fairer life is an aspiration we all share. The result is a wide gap between how the government understands a policy and what society at large aspires to. OGP was created to meet this challenge.',
      ],
    },
    {
      id: 'apa-itu-ogp',
      question: 'What is the Open Government Partnership (OGP)?',
      answer: [
        'OGP is a global movement that gives stakeholders in its member countries a framework for building government that is open, accountable and responsive to citizens’ needs. OGP also encourages the use of the latest technology to make governing easier.',
        'Governments are encouraged not only to be transparent, accountable and innovative, but also to collaborate with civil society and the wider public.',
        ['Official website: ', { text: 'opengovpartnership.org', href: 'https://www.opengovpartnership.org/' }],
      ],
    },
    {
      id: 'peluncuran-ogp',
      question: 'When was OGP launched, and by whom?',
      answer: [
        'OGP was launched on 20 September 2011 by eight countries, which jointly endorsed the Open Government Declaration (Deklarasi Keterbukaan Pemerintah):',
        {
          list: [
            'Indonesia',
            'Brazil',
            'Mexico',
            'Norway',
            'the Philippines',
            'South Africa',
            'the United Kingdom',
            'the United States',
          ],
        },
        'The idea kept spreading: by the end of September 2016, 70 countries had joined OGP.',
      ],
    },
    {
      id: 'sejarah-ogi',
      question: 'How did OGI come about?',
      answer: [
        'Calls for transparency, a more efficient government, the fight against corruption and a better bureaucracy were heard even before Reformasi in 1998, and grew louder after it.',
        'They gained more force with Law No. 14 of 2008 on Public Information Disclosure (UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik) and Law No. 25 of 2009 on Public Services (UU Nomor 25 Tahun 2009 tentang Pelayanan Publik).',
        'The high point was a meeting of several countries to discuss working together around the world for transparent government, with Indonesia among its initiators. It was followed by the launch of Open Government Indonesia in 2011.',
      ],
    },
    {
      id: 'apa-itu-seknas-ogi',
      question: 'What is the OGI National Secretariat (Seknas OGI)?',
      answer: [
        'The National Secretariat of OGI (Sekretariat Nasional, Seknas OGI) was set up to facilitate and push forward the policies that make government more transparent, accountable and participatory.',
        'Seknas OGI has a professional staff and is coordinated jointly by the OGI core team (Tim Inti OGI), made up of:',
        {
          list: [
            'Kantor Staf Presiden (Executive Office of the President);',
            'Kementerian PPN/Bappenas (Ministry of National Development Planning/Bappenas);',
            'Kementerian Luar Negeri (Ministry of Foreign Affairs);',
            'representatives of civil society.',
          ],
        },
      ],
    },
    {
      id: 'fungsi-seknas-ogi',
      question: 'What does Seknas OGI do?',
      answer: [
        'Its main task is to help the OGI action plan (Rencana Aksi, Renaksi OGI) be achieved in full, and to bring together other openness movements, at both national and regional level in Indonesia.',
        'To do so, Seknas OGI coordinates with all the stakeholders concerned.',
      ],
    },
    {
      id: 'kontak-seknas-ogi',
      question: 'Where is Seknas OGI, and how can I contact it?',
      answer: [
        `${CONTACT_FACTS.organization} (the Open Government Indonesia Secretariat) is at ${CONTACT_FACTS.addressLines.join(', ')}, Indonesia. Kantor Staf Presiden is the Executive Office of the President.`,
        ['E-mail: ', { text: CONTACT_FACTS.email, href: `mailto:${CONTACT_FACTS.email}` }],
      ],
    },
  ],
};
