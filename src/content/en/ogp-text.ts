import type { OgpText } from '../sentences.js';

export const ogp: OgpText = {
  ogpWhy: [
    'People all over the world hope for government that is effective and transparent.',
    'Yet government is often seen as slow, unresponsive, insensitive and not transparent.',
    'Unfortunately, that public perception has not yet been enough to make the bureaucracy change.',
    'And yet a better, more prosperous and fairer life is an aspiration we all share.',
    'This has opened a wide gap between how the government understands a policy and what society at large aspires to.',
  ],
  ogpAnswer: 'The Open Government Partnership (OGP) was set up to meet this challenge.',
  ogpWhat:
    'The Open Government Partnership (OGP) is a global movement that aims to provide stakeholders in its member countries with a framework for encouraging government that is open, accountable and responsive to citizens’ needs.',
  ogpTechnology: 'OGP also encourages the use of the latest technological innovation to make governing easier.',
  ogpCollaboration:
    'Governments are encouraged not only to be transparent, accountable and innovative, but also to collaborate with civil society and the wider public.',
  ogpLaunchedBy:
    'eight countries, which jointly endorsed the Open Government Declaration (Deklarasi Keterbukaan Pemerintah)',
  foundingCountries: [
    'Indonesia',
    'Brazil',
    'Mexico',
    'Norway',
    'Philippines',
    'South Africa',
    'United Kingdom',
    'United States',
  ],
  ogpSpread: 'This spirit of open government kept spreading from country to country.',

  demandsBefore:
    'Demands for transparency, more efficient government, an end to corruption and a better bureaucracy were already being made before the 1998 Reformasi.',
  demandsAfter: 'After the 1998 Reformasi, these demands grew stronger.',
  law2008: 'Law No. 14 of 2008 on Public Information Disclosure',
  law2009: 'Law No. 25 of 2009 on Public Services',
  afterLaws:
    'After Law No. 14 of 2008 on Public Information Disclosure and Law No. 25 of 2009 on Public Services, the push to meet these demands grew stronger.',
  meeting:
    'The high point was a meeting between countries to discuss how the world’s nations could work together for transparent government. Indonesia was one of its initiators.',
  ogiFollowUp: 'The meeting was then followed up by the implementation of Open Government Indonesia (OGI) in 2011.',
};
