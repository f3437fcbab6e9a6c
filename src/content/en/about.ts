import type { AboutContent } from '../about.js';

export const about: AboutContent = {
  eyebrow: 'How OGI works',
  title: 'About Open Government Indonesia',
  lead:
    'Open Government Indonesia (OGI) is the future of governance in Indonesia. With OGI, government and civil society work hand in hand to build a government that is more open, more participatory and more innovative.',
  vision: {
    heading: 'The vision: clean, effective, democratic and trusted governance',
    paragraphs: [
      'President Joko Widodo set this goal in his Nawa Cita programme, which is now the basis of the Indonesian government’s vision and mission. One of the steps taken is to continue building a more open, participatory and innovative government through the commitment to Open Government Indonesia (OGI).',
    ],
  },
  quote: {
    text: 'We will make sure the government is always present, by building governance that is clean, effective, democratic and trusted.',
    author: 'Joko Widodo',
    role: 'President of the Republic of Indonesia',
    translationNote: 'Translated from Indonesian. Original:',
    original:
      'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
  },
  why: {
    heading: 'Why OGI',
    paragraphs: [
      'OGI is the concrete sign that the Indonesian government is serious about reforming the public sector in Indonesia as a whole. It is expected to bring ideas, initiatives and practices of government openness that speed up reaching national targets and priorities, above all clean, effective, democratic and trusted governance.',
      'Through OGI, the government opens the door as wide as it can to every part of society, to collaborate and take an active role in setting the priorities of how Indonesia is governed. This ever stronger collaboration is believed to be a way to strengthen the quality of how public policy is carried out.',
      'The Indonesian government is also confident that an open way of governing will bring many public-policy innovations that better fit what people need.',
    ],
  },
  innovations: {
    heading: 'Innovations inspired by OGI',
    intro:
      'So far the OGI initiative has inspired and driven a range of public-policy innovations, such as LAPOR!, Portal Satu Data and the Satu Peta initiative. They are public-policy instruments aimed at three areas closely tied to a more open government:',
    items: [
      {
        key: 'lapor',
        name: 'LAPOR!',
        focus: 'A channel for the public’s aspirations and complaints.',
        linkLabel: 'Visit lapor.go.id',
      },
      {
        key: 'satu-data',
        name: 'Portal Satu Data',
        alias: 'One Data Portal (Open Data)',
        focus: 'Credible data as the source for making public policy.',
        linkLabel: 'Visit data.go.id',
      },
      {
        key: 'satu-peta',
        name: 'Satu Peta',
        alias: 'One Map initiative',
        focus: 'Spatial data made available, closely tied to development planning.',
        linkLabel: 'Visit Ina-Geoportal',
      },
    ],
    outro: 'These innovations are expected to be catalysts for changing how public policy is governed in Indonesia.',
  },
  secretariat: {
    heading: 'The National Secretariat (Seknas OGI)',
    role:
      'The National Secretariat of OGI (Sekretariat Nasional, Seknas OGI) was set up to facilitate and push forward the policies that create a more transparent, accountable and participatory government. It is staffed by professionals and jointly coordinated by the OGI core team (Tim Inti OGI):',
    team: [
      { name: 'Kantor Staf Presiden', nameLang: 'id', gloss: 'Executive Office of the President' },
      { name: 'Kementerian PPN/Bappenas', nameLang: 'id', gloss: 'Ministry of National Development Planning/Bappenas' },
      { name: 'Kementerian Luar Negeri', nameLang: 'id', gloss: 'Ministry of Foreign Affairs' },
      { name: 'Civil society representatives' },
    ],
    functionLabel: 'Main function',
    functionText:
      'To facilitate the full achievement of the OGI action plan (Renaksi OGI) and to bring together other openness movements, at national and regional level in Indonesia, in coordination with all the stakeholders concerned.',
  },
};
