import type { OgiText } from '../sentences.js';

export const ogi: OgiText = {
  lead: 'Open Government Indonesia (OGI) is the future of governance in Indonesia. With OGI, government and civil society work hand in hand to build a government that is more open, more participatory and more innovative.',
  quote: {
    text: 'We will make sure the government is always present, by building governance that is clean, effective, democratic and trustworthy.',
    author: 'Joko Widodo',
    role: '7th President of Indonesia',
    translationNote: 'Unofficial translation.',
    originalLabel: 'Original in Indonesian',
  },
  nawaCita:
    'President Joko Widodo set this goal of clean, effective, democratic and trustworthy government in his Nawa Cita programme, the basis of his government’s vision and mission.',
  nawaCitaStep:
    'One of the steps taken is to continue building a more open, participatory and innovative government through the commitment to Open Government Indonesia (OGI).',
  concreteSign:
    'OGI is a concrete sign that the Indonesian government is serious about reforming the public sector in Indonesia as a whole.',
  ideas:
    'OGI is expected to bring ideas, initiatives and practices of government openness that can speed up the achievement of national targets and priorities, above all in building clean, effective, democratic and trustworthy governance.',
  openDoor:
    'Through OGI, the government seeks to open the door as wide as possible to every part of society, to collaborate and take an active part in setting the priorities of government in Indonesia.',
  collaboration:
    'This ever-stronger collaboration is believed to be a way to strengthen the quality of how public policy is carried out.',
  policyInnovations:
    'The Indonesian government is also confident that an open way of governing will bring many public policy innovations that better fit what people need.',
  innovationsIntro:
    'So far the OGI initiative has inspired and encouraged a range of public policy innovations, such as LAPOR!, Portal Satu Data and the Satu Peta initiative. They are public policy instruments that try to address three areas closely tied to a more open government:',
  innovations: {
    lapor: { name: 'LAPOR!', focus: 'a channel for the public’s aspirations and complaints' },
    'satu-data': {
      name: 'Portal Satu Data',
      alias: 'Open Data',
      focus: 'credible data as the source for making public policy',
    },
    'satu-peta': {
      name: 'Satu Peta',
      alias: 'One Map',
      focus: 'spatial data made available, closely tied to development planning',
    },
  },
  innovationsOutro:
    'These innovations are expected to act as catalysts for changing how public policy is governed in Indonesia.',

  seknasRole:
    'The OGI National Secretariat (Seknas OGI) was set up to facilitate and encourage the process of putting into effect policies for a more transparent, accountable and participatory government.',
  seknasStaff:
    'Seknas OGI is staffed by a number of professionals and jointly coordinated by the OGI core team (Tim Inti OGI), made up of:',
  team: [
    { name: 'Kantor Staf Presiden', nameLang: 'id', gloss: 'Executive Office of the President' },
    { name: 'Kementerian PPN/Bappenas', nameLang: 'id', gloss: 'Ministry of National Development Planning/Bappenas' },
    { name: 'Kementerian Luar Negeri', nameLang: 'id', gloss: 'Ministry of Foreign Affairs' },
    { name: 'A number of civil society representatives' },
  ],
  seknasFunction:
    'The main function of Seknas OGI is to facilitate the full achievement of the OGI action plan (Renaksi OGI) and to bring together other openness movements, at both national and regional level in Indonesia.',
  seknasCoordination: 'To do so, Seknas OGI coordinates with all the stakeholders concerned.',
};
