/**
 * The demo page's own words, one object per language. The widgets carry their
 * own content; this is only the page around them. Adding a key to
 * `DemoStrings` makes TypeScript ask for it in every language.
 */
import type { Background, FontKey, Lang, Theme, WidgetKey } from './state.js';

export interface DemoStrings {
  pageTitle: string;
  skipToPreview: string;
  intro: string;
  offlineNote: string;

  settingsHeading: string;
  widgetLegend: string;
  widgetAll: string;
  widgetNames: Record<WidgetKey, string>;
  widgetDescriptions: Record<WidgetKey, string>;

  attributesLegend: string;
  langLabel: string;
  themeLabel: string;
  themes: Record<Theme, string>;
  headingLabel: string;
  headingDefault: string;

  tokensLegend: string;
  accentLabel: string;
  textLabel: string;
  surfaceLabel: string;
  fontLabel: string;
  fonts: Record<FontKey, string>;
  radiusLabel: string;
  spaceLabel: string;
  resetTokens: string;
  tokensReset: string;
  contrastTextPair: string;
  contrastAccentPair: string;
  contrastOk: string;
  contrastFail: string;
  contrastWarning: string;

  previewLegend: string;
  widthLabel: string;
  widthFull: string;
  backgroundLabel: string;
  backgrounds: Record<Background, string>;
  noJsLabel: string;
  noJsHint: string;
  staticFrameTitle: (tag: string) => string;

  previewHeading: string;
  frameTitle: (tag: string) => string;
  missing: (tag: string) => string;
  scrollHint: string;

  snippetHeading: string;
  snippetIntro: string;
  snippetLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  classicNote: string;

  cms: {
    site: string;
    nav: string[];
    navLabel: string;
    pageTitle: string;
    pageIntro: string;
    sidebarHeading: string;
    sidebarLinks: string[];
    footer: string;
  };
}

export const strings: Record<Lang, DemoStrings> = {
  id: {
    pageTitle: 'ogi-widgets — halaman demo',
    skipToPreview: 'Langsung ke pratinjau',
    intro:
      'Empat widget Open Government Indonesia untuk situs pemerintah. Atur bahasa, tema, judul dan warna, lihat hasilnya di lebar layar dan halaman yang berbeda, lalu salin cuplikan HTML-nya.',
    offlineNote: 'Halaman ini tidak memuat apa pun dari jaringan: tanpa CDN, tanpa font web.',

    settingsHeading: 'Pengaturan',
    widgetLegend: 'Widget yang ditampilkan',
    widgetAll: 'Semua',
    widgetNames: { about: 'Tentang OGI', faq: 'Tanya jawab', timeline: 'Linimasa OGP', contact: 'Kontak' },
    widgetDescriptions: {
      about:
        'Apa itu OGI dan mengapa: visinya, kata-kata Presiden, Nawa Cita, tiga inovasi yang diinspirasi dan didorongnya (LAPOR!, Portal Satu Data, Satu Peta), serta Sekretariat Nasional dan tim intinya.',
      faq: 'Pertanyaan dan jawaban tentang OGI, OGP, undang-undang yang mendasarinya, inovasinya dan sekretariatnya.',
      timeline:
        'Jalan menuju pemerintahan terbuka: sebelum dan sesudah Reformasi 1998, undang-undang 2008 dan 2009, peluncuran OGP pada 20 September 2011, hingga 70 negara OGP pada akhir September 2016.',
      contact: 'Alamat dan surel sekretariat, siap dipakai: tautan surel, tombol salin, tautan peta.',
    },

    attributesLegend: 'Atribut',
    langLabel: 'Bahasa',
    themeLabel: 'Tema',
    themes: { light: 'Terang', dark: 'Gelap', auto: 'Ikuti sistem' },
    headingLabel: 'Tingkat judul',
    headingDefault: '(bawaan)',

    tokensLegend: 'Warna dan bentuk',
    accentLabel: 'Warna aksen',
    textLabel: 'Warna teks',
    surfaceLabel: 'Warna latar',
    fontLabel: 'Huruf',
    fonts: {
      inherit: 'Huruf halaman (bawaan)',
      system: 'Huruf sistem',
      sans: 'Arial',
      verdana: 'Verdana',
      serif: 'Georgia (serif)',
    },
    radiusLabel: 'Sudut',
    spaceLabel: 'Jarak',
    resetTokens: 'Kembalikan warna dan bentuk',
    tokensReset: 'Warna dan bentuk kembali ke bawaan.',
    contrastTextPair: 'Teks pada latar',
    contrastAccentPair: 'Aksen (tautan) pada latar',
    contrastOk: 'lulus AA',
    contrastFail: 'gagal AA',
    contrastWarning:
      'Kontras kurang dari 4,5:1: teks sulit dibaca dan tidak memenuhi WCAG AA. Pilih warna yang lebih gelap atau lebih terang.',

    previewLegend: 'Pratinjau',
    widthLabel: 'Lebar',
    widthFull: 'Penuh',
    backgroundLabel: 'Halaman tempat widget dipasang',
    backgrounds: { light: 'Polos terang', dark: 'Polos gelap', cms: 'Halaman CMS biasa' },
    noJsLabel: 'Tanpa JavaScript',
    noJsHint:
      'Tampilkan fragmen statis (dist/static/) dengan skrip dimatikan: yang dilihat pengunjung bila skrip diblokir atau gagal dimuat.',
    staticFrameTitle: (tag) => `Pratinjau ${tag} tanpa JavaScript`,

    previewHeading: 'Pratinjau',
    frameTitle: (tag) => `Pratinjau ${tag}`,
    missing: (tag) => `<${tag}> belum ada di build ini; pratinjaunya akan muncul setelah elemen ini dibuat.`,
    scrollHint: 'Pratinjau lebih lebar dari layar ini; geser ke samping untuk melihat semuanya.',

    snippetHeading: 'Cuplikan HTML',
    snippetIntro: 'Tempel ke halaman Anda. Ganti /path/to/ dengan tempat Anda menyalin isi folder dist/.',
    snippetLabel: 'Cuplikan HTML untuk pengaturan ini',
    copy: 'Salin cuplikan',
    copied: 'Cuplikan disalin ke papan klip.',
    copyFailed: 'Cuplikan tidak dapat disalin otomatis. Pilih teksnya lalu tekan Ctrl+C.',
    classicNote: 'CMS Anda tidak bisa menambahkan type="module"? Pakai skrip klasik sebagai gantinya:',

    cms: {
      site: 'Dinas Komunikasi dan Informatika Kabupaten Contoh',
      nav: ['Beranda', 'Profil', 'Berita', 'Layanan', 'PPID', 'Kontak'],
      navLabel: 'Menu utama',
      pageTitle: 'Keterbukaan Pemerintah',
      pageIntro:
        'Halaman ini contoh halaman situs pemerintah daerah. Widget di bawah dipasang dengan satu tag skrip dan satu elemen.',
      sidebarHeading: 'Tautan terkait',
      sidebarLinks: ['Pengumuman', 'Agenda kegiatan', 'Laporan kinerja', 'Peta situs'],
      footer: '© Pemerintah Kabupaten Contoh',
    },
  },
  en: {
    pageTitle: 'ogi-widgets — demo page',
    skipToPreview: 'Skip to the preview',
    intro:
      'Four Open Government Indonesia widgets for government websites. Set the language, theme, heading and colours, see the result at different screen widths and on different pages, then copy the HTML snippet.',
    offlineNote: 'This page loads nothing from the network: no CDN, no web fonts.',

    settingsHeading: 'Settings',
    widgetLegend: 'Widgets shown',
    widgetAll: 'All',
    widgetNames: { about: 'About OGI', faq: 'Questions and answers', timeline: 'OGP timeline', contact: 'Contact' },
    widgetDescriptions: {
      about:
        "What OGI is and why: its vision, the President's words, Nawa Cita, the three innovations it inspired and encouraged (LAPOR!, Portal Satu Data, Satu Peta), and the national secretariat with its core team.",
      faq: 'Questions and answers about OGI, OGP, the laws behind them, the innovations and the secretariat.',
      timeline:
        'The road to open government: before and after Reformasi 1998, the 2008 and 2009 laws, the OGP launch on 20 September 2011, and 70 OGP countries by the end of September 2016.',
      contact: "The secretariat's address and e-mail, ready to use: mail link, copy button, map link.",
    },

    attributesLegend: 'Attributes',
    langLabel: 'Language',
    themeLabel: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: 'Follow the system' },
    headingLabel: 'Heading level',
    headingDefault: '(default)',

    tokensLegend: 'Colours and shape',
    accentLabel: 'Accent colour',
    textLabel: 'Text colour',
    surfaceLabel: 'Background colour',
    fontLabel: 'Font',
    fonts: {
      inherit: "The page's font (default)",
      system: 'System font',
      sans: 'Arial',
      verdana: 'Verdana',
      serif: 'Georgia (serif)',
    },
    radiusLabel: 'Corner radius',
    spaceLabel: 'Spacing',
    resetTokens: 'Reset colours and shape',
    tokensReset: 'Colours and shape are back to the defaults.',
    contrastTextPair: 'Text on background',
    contrastAccentPair: 'Accent (links) on background',
    contrastOk: 'passes AA',
    contrastFail: 'fails AA',
    contrastWarning:
      'Contrast below 4.5:1: the text is hard to read and fails WCAG AA. Choose a darker or lighter colour.',

    previewLegend: 'Preview',
    widthLabel: 'Width',
    widthFull: 'Full',
    backgroundLabel: 'Page the widget sits on',
    backgrounds: { light: 'Plain light', dark: 'Plain dark', cms: 'Typical CMS page' },
    noJsLabel: 'Without JavaScript',
    noJsHint:
      'Show the static fragment (dist/static/) with scripts off: what a visitor sees when the script is blocked or fails to load.',
    staticFrameTitle: (tag) => `Preview of ${tag} without JavaScript`,

    previewHeading: 'Preview',
    frameTitle: (tag) => `Preview of ${tag}`,
    missing: (tag) => `<${tag}> is not in this build yet; its preview appears once the element exists.`,
    scrollHint: 'The preview is wider than this screen; scroll sideways to see all of it.',

    snippetHeading: 'HTML snippet',
    snippetIntro: 'Paste it into your page. Replace /path/to/ with where you copied the contents of dist/.',
    snippetLabel: 'HTML snippet for these settings',
    copy: 'Copy snippet',
    copied: 'Snippet copied to the clipboard.',
    copyFailed: 'The snippet could not be copied automatically. Select its text and press Ctrl+C.',
    classicNote: 'Your CMS cannot add type="module"? Use the classic script instead:',

    cms: {
      site: 'Communication and Informatics Office, Example Regency',
      nav: ['Home', 'Profile', 'News', 'Services', 'Public information', 'Contact'],
      navLabel: 'Main menu',
      pageTitle: 'Open Government',
      pageIntro:
        "This is an example of a regional government's website. The widget below is added with one script tag and one element.",
      sidebarHeading: 'Related links',
      sidebarLinks: ['Announcements', 'Events', 'Performance reports', 'Site map'],
      footer: '© Example Regency Government',
    },
  },
};
