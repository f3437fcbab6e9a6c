/**
 * Every fact of the client's source document, with the words that show it in each language:
 * held against the widgets' rendered text by test/facts.test.ts (rendered by the script) and
 * test/no-js.test.ts (rendered on the server, shown with no script).
 */
export type Terms = (string | RegExp)[];
export interface Fact {
  fact: string;
  id: Terms;
  en: Terms;
}

export const FACTS: Fact[] = [
  {
    fact: 'OGI is the future of governance: government and civil society together, more open, participatory, innovative',
    id: [
      'masa depan tata kelola pemerintahan',
      'masyarakat sipil',
      'bahu-membahu',
      'lebih terbuka',
      'partisipatif',
      'inovatif',
    ],
    en: ['future of governance', 'civil society', /more open/, 'participatory', 'innovative'],
  },
  {
    fact: "the President's words, attributed to Joko Widodo",
    id: [
      'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
      'Joko Widodo',
      'Presiden ke-7 Republik Indonesia',
    ],
    en: [/government is always present/, 'Joko Widodo', '7th President of Indonesia'],
  },
  {
    fact: "clean, effective, democratic, trusted governance put into Nawa Cita, the basis of his government's vision and mission",
    id: ['bersih, efektif, demokratis, dan terpercaya', 'Nawa Cita', 'visi misi|visi dan misi'],
    en: ['clean, effective, democratic and trustworthy', 'Nawa Cita', 'vision and mission'],
  },
  {
    fact: 'OGI as the concrete sign of seriousness about reforming the whole public sector',
    id: ['bentuk konkret|bentuk konkrit', 'reformasi sektor publik', 'menyeluruh'],
    en: ['concrete sign', 'public sector', 'as a whole'],
  },
  {
    fact: 'ideas, initiatives and practices of openness to speed up national targets and priorities',
    id: ['ide, inisiatif, dan praktik keterbukaan', 'target dan prioritas nasional'],
    en: ['ideas, initiatives and practices', 'national targets and priorities'],
  },
  {
    fact: 'the door open to all of society to collaborate and help set priorities',
    id: ['membuka pintu', 'seluruh lapisan masyarakat', 'berkolaborasi', 'prioritas'],
    en: ['open the door', 'every part of society|all of society|all layers of society', 'collaborate', 'priorities'],
  },
  {
    fact: 'collaboration strengthens the implementation of public policy; policy innovation closer to what citizens need',
    id: ['implementasi kebijakan publik', 'inovasi', 'kebutuhan masyarakat'],
    en: [
      'public policy is carried out|implementation of public policy|public policy is implemented',
      'innovations',
      'people need|citizens need|needs of society',
    ],
  },
  {
    fact: 'LAPOR!: the channel for aspirations and complaints',
    id: ['LAPOR!', 'aspirasi dan pengaduan masyarakat'],
    en: ['LAPOR!', 'aspirations and complaints'],
  },
  {
    fact: 'Portal Satu Data: credible (open) data as the basis of policy',
    id: ['Portal Satu Data', 'data yang kredibel', 'Open Data'],
    en: ['Portal Satu Data', 'credible data', 'Open Data'],
  },
  {
    fact: 'Satu Peta: spatial data for development planning',
    id: ['Satu Peta', 'data spasial', 'perencanaan pembangunan'],
    en: ['Satu Peta', 'spatial data', 'development planning'],
  },
  {
    fact: 'the innovations as catalysts for changing how public policy is governed',
    id: ['katalis', 'tata kelola kebijakan publik'],
    en: ['catalysts', 'public policy is governed'],
  },
  {
    fact: 'why OGP: governments seen as slow, unresponsive, insensitive and closed; a gap between policy and aspirations',
    id: ['lamban', 'tidak responsif', 'tidak sensitif', 'tidak transparan', 'jurang'],
    en: ['slow', 'unresponsive', 'insensitive', 'not transparent', 'gap'],
  },
  {
    fact: 'what OGP is: a global movement, a framework for open, accountable, responsive government; technology',
    id: ['gerakan global', 'kerangka', 'akuntabel', 'responsif terhadap kebutuhan warga', 'teknologi'],
    en: ['global movement', 'framework', 'accountable', 'responsive to citizens', 'technolog'],
  },
  {
    fact: 'OGP launched on 20 September 2011 by eight countries through the Open Government Declaration',
    id: ['20 September 2011', 'delapan negara', 'Deklarasi Keterbukaan Pemerintah'],
    en: ['20 September 2011', 'eight countries', 'Open Government Declaration'],
  },
  {
    fact: 'the eight founding countries',
    id: ['Indonesia', 'Brasil', 'Meksiko', 'Norwegia', 'Filipina', 'Afrika Selatan', 'Inggris', 'Amerika Serikat'],
    en: ['Indonesia', 'Brazil', 'Mexico', 'Norway', 'Philippines', 'South Africa', 'United Kingdom', 'United States'],
  },
  {
    fact: 'governments asked to collaborate with civil society; 70 countries by the end of September 2016',
    id: ['berkolaborasi dengan masyarakat sipil', '70 negara', 'September 2016'],
    en: ['civil society', '70 countries', 'September 2016'],
  },
  {
    fact: 'Seknas OGI: formed to facilitate and push policy for transparent, accountable, participatory government; professional staff',
    id: [
      'Sekretariat Nasional',
      'Seknas OGI',
      'memfasilitasi',
      'transparan, akuntabel, dan partisipatoris',
      'staf profesional',
    ],
    en: [
      'National Secretariat',
      'Seknas OGI',
      'facilitate',
      'transparent, accountable and participatory',
      'professional',
    ],
  },
  {
    fact: 'the OGI core team that coordinates it',
    id: [
      'Tim Inti OGI',
      'Kantor Staf Presiden',
      'Kementerian PPN/Bappenas',
      'Kementerian Luar Negeri',
      'masyarakat sipil',
    ],
    en: [
      'core team',
      'Kantor Staf Presiden',
      'Executive Office of the President',
      'Kementerian PPN/Bappenas',
      'Kementerian Luar Negeri',
      'Ministry of Foreign Affairs',
      'Civil society representatives|civil society representatives',
    ],
  },
  {
    fact: 'its main function: the full achievement of Renaksi OGI; consolidating openness movements nationally and in the regions',
    id: ['Renaksi', 'pencapaian penuh', 'nasional maupun daerah|nasional dan daerah', 'pemangku kepentingan'],
    en: [
      'Renaksi',
      'action plan',
      'national and regional|national level and in the regions|nationally and in the regions',
      'stakeholders',
    ],
  },
  {
    fact: 'history: demands from before Reformasi 1998, growing after it',
    id: ['Reformasi 1998', 'transparansi', 'efisiensi kinerja pemerintah', 'pemberantasan korupsi', 'birokrasi'],
    en: ['1998 Reformasi|Reformasi of 1998|Reformasi 1998', 'transparency', 'efficien', 'corruption', 'bureaucracy'],
  },
  {
    fact: 'Law No. 14 of 2008 on Public Information Disclosure; Law No. 25 of 2009 on Public Services',
    id: ['UU Nomor 14 Tahun 2008', 'Keterbukaan Informasi Publik', 'UU Nomor 25 Tahun 2009', 'Pelayanan Publik'],
    en: ['Law No. 14 of 2008', 'Public Information Disclosure', 'Law No. 25 of 2009', 'Public Services'],
  },
  {
    fact: 'a meeting of countries on transparent government, with Indonesia among its initiators; OGI carried out in 2011',
    id: [
      'salah satu inisiator',
      'pemerintahan yang transparan',
      'pelaksanaan Open Government Indonesia (OGI) pada tahun 2011',
    ],
    en: [
      'one of its initiators',
      'transparent government',
      'implementation of Open Government Indonesia (OGI) in 2011',
    ],
  },
  {
    fact: "the secretariat's address and e-mail",
    id: [
      'Sekretariat Open Government Indonesia',
      'Gedung B, Kantor Staf Presiden',
      'Jalan Veteran III No. 2',
      'Jakarta 10110',
      'contact@opengovindonesia.org',
    ],
    en: [
      'Sekretariat Open Government Indonesia',
      'Gedung B, Kantor Staf Presiden',
      'Jalan Veteran III No. 2',
      'Jakarta 10110',
      'contact@opengovindonesia.org',
    ],
  },
];

export const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');

/** The terms of `terms` that `text` lacks (a string term may list alternatives with `|`). */
export function missing(text: string, terms: Terms): string[] {
  return terms
    .filter((term) => {
      const pattern =
        typeof term === 'string'
          ? new RegExp(
              term
                .split('|')
                .map((t) => t.replace(/[.*+?^${}()[\]\\/]/g, '\\$&'))
                .join('|'),
            )
          : term;
      return !pattern.test(text);
    })
    .map(String);
}
