/**
 * The demo page's own words, one object per language. The widgets carry their
 * own content; this is only the page around them. Adding a key to
 * `DemoStrings` makes TypeScript ask for it in every language.
 */
import type { Background, ColorKey, FontKey, Lang, Orientation, Scheme, Theme, WidgetChoice } from './state.js';

/** The content editor's words (demo/editor.ts). Field labels are keyed `<part>.<field>`. */
export interface EditorStrings {
  legend: string;
  hint: string;
  jsonSummary: string;
  parts: Record<'contact' | 'faq' | 'ogp-timeline' | 'about', string>;
  labels: Record<string, string>;
  hints: Record<string, string>;
  modes: Record<string, string>;
  item: Record<'faq' | 'ogp-timeline' | 'about', (n: number) => string>;
  add: Record<'faq' | 'ogp-timeline' | 'about', string>;
  moveUp: string;
  moveDown: string;
  remove: string;
  linkFailed: string;
  outputsHeading: string;
  fileSummary: string;
  copyFile: string;
  wordpressSummary: string;
  wordpressSettings: string;
  copyWordpress: string;
  wordpressShortcodes: string;
  copyShortcodes: string;
  staticSummary: string;
  staticNote: string;
  staticFragment: string;
  copyFragment: string;
  staticCommands: string;
  copyCommands: string;
  copiedThis: string;
}

export interface DemoStrings {
  pageTitle: string;
  skipToPreview: string;
  intro: string;
  offlineNote: string;

  settingsHeading: string;
  uiLegend: string;
  toPreview: string;
  moreSettings: string;
  widgetLegend: string;
  widgetAll: string;
  /** Each choice's name, above its preview (`all`: the four widgets, one after another). */
  widgetNames: Record<WidgetChoice, string>;
  widgetDescriptions: Record<WidgetChoice, string>;

  attributesLegend: string;
  langLabel: string;
  themeLabel: string;
  themes: Record<Theme, string>;
  headingLabel: string;
  headingDefault: string;
  orientationLabel: string;
  orientations: Record<Orientation, string>;
  faqViewLabel: string;
  faqViews: { closed: string; open: string; linked: string };
  faqLinkNote: string;

  contentLegend: string;
  contentHint: string;
  contentLabel: string;
  contentExample: string;
  contentClear: string;
  contentFileLabel: string;
  contentPrivacy: string;
  contentNoJs: string;
  /** What the panel says of the textarea's content. */
  contentOk: string;
  contentProblems: (count: number) => string;
  contentInvalidJson: string;
  contentAt: (line: number, column: number) => string;
  contentWholeFile: string;
  contentCleared: string;
  contentFileFailed: (name: string) => string;
  contentExampleFailed: string;
  contentModeLegend: string;
  contentModes: { inline: string; src: string };
  contentSrcNote: string;
  contentDownload: string;
  editor: EditorStrings;

  tokensLegend: string;
  colorLabels: Record<ColorKey, string>;
  darkAccentLabel: string;
  darkAccentHint: string;
  maxWidthLabel: string;
  maxWidthDefault: string;
  maxWidthNone: string;
  spaceAfterLabel: string;
  spaceAfterDefault: string;
  noFrameLabel: string;
  noEyebrowLabel: string;
  lineLabel: string;
  fontLabel: string;
  fonts: Record<FontKey, string>;
  radiusLabel: string;
  spaceLabel: string;
  resetTokens: string;
  tokensReset: string;
  contrastPairs: { text: string; muted: string; accent: string; focus: string };
  schemes: Record<Scheme, string>;
  contrastOk: string;
  contrastFail: string;
  contrastWarning: string;

  previewLegend: string;
  widthLabel: string;
  widthFull: string;
  fitLabel: string;
  /** What turning fitting off does, under its switch. */
  fitHint: string;
  fitNote: (percent: number) => string;
  /** The button beside a scaled preview's note: turns fitting off. */
  fitOff: string;
  /** The button beside a preview that scrolls sideways: turns fitting on. */
  fitOn: string;
  bothLabel: string;
  langNames: Record<Lang, string>;
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
  /** `chunks`: whether the snippet preloads chunks that `file` imports. */
  snippetIntro: (file: string, version: string, chunks: boolean) => string;
  snippetLabel: string;
  snippetWarning: string;
  copy: string;
  copied: string;
  copiedFailingColours: string;
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
    uiLegend: 'Bahasa halaman demo ini',
    toPreview: 'Lihat pratinjau',
    moreSettings: 'Gulir untuk pengaturan lainnya',
    widgetLegend: 'Widget yang ditampilkan',
    widgetAll: 'Semua',
    widgetNames: {
      all: 'Keempat widget',
      about: 'Tentang OGI',
      faq: 'Tanya jawab',
      timeline: 'Linimasa OGP',
      contact: 'Kontak',
    },
    widgetDescriptions: {
      all: 'Berurutan dalam satu halaman, persis seperti cuplikan menempatkannya: di bawah setiap widget ada jarak --ogi-space-after (bawaan 2rem).',
      about:
        'Apa itu OGI dan mengapa: visinya, kata-kata Presiden, Nawa Cita, tiga inovasi yang diinspirasi dan didorongnya (LAPOR!, Portal Satu Data, Satu Peta), serta Sekretariat Nasional (Seknas) OGI dan tim intinya.',
      faq: 'Pertanyaan dan jawaban tentang OGI dan Nawa Cita, OGP dan peluncurannya, sejarah lahirnya OGI, inovasi yang diinspirasi dan didorongnya, serta Seknas OGI.',
      timeline:
        'Jalan menuju pemerintahan terbuka: sebelum dan sesudah Reformasi 1998, undang-undang 2008 dan 2009, pelaksanaan OGI dan peluncuran OGP pada 2011, hingga 70 negara OGP pada akhir September 2016.',
      contact: 'Alamat dan surel Seknas OGI, siap dipakai: tautan surel, tombol salin, tautan peta.',
    },

    attributesLegend: 'Atribut',
    langLabel: 'Bahasa',
    themeLabel: 'Tema',
    themes: { light: 'Terang', dark: 'Gelap', auto: 'Ikuti sistem' },
    headingLabel: 'Tingkat judul',
    headingDefault: '(bawaan)',
    orientationLabel: 'Arah linimasa',
    orientations: { vertical: 'Tegak (bawaan)', horizontal: 'Mendatar' },
    faqViewLabel: 'Keadaan tanya jawab',
    faqViews: {
      closed: 'Semua tertutup, seperti saat dimuat',
      open: 'Semua terbuka',
      linked: 'Dibuka lewat tautan ke satu pertanyaan',
    },
    faqLinkNote: 'Tautan langsung ke pertanyaan ini: alamat halaman Anda diikuti',

    contentLegend: 'Konten Anda',
    contentHint:
      'Kontak, pertanyaan, tonggak dan bagian milik daerah Anda: isi formulir di bawah, tempel atau buka berkas JSON, atau mulai dari contoh. Pratinjau dan cuplikan langsung mengikutinya.',
    contentLabel: 'Berkas konten (JSON)',
    contentExample: 'Muat contoh',
    contentClear: 'Kosongkan',
    contentFileLabel: 'Atau buka berkas .json',
    contentPrivacy:
      'Konten Anda tetap di halaman ini dan di tautannya (setelah #, yang tidak pernah dikirim peramban): tidak dikirim ke mana pun.',
    contentNoJs: 'Pratinjau "Tanpa JavaScript" mengabaikannya dan menampilkan konten nasional.',
    contentOk: 'Tidak ada masalah.',
    contentProblems: (count) => `${count} masalah; bagian lainnya tetap dipakai:`,
    contentInvalidJson: 'Bukan JSON yang sah',
    contentAt: (line, column) => `baris ${line}, kolom ${column}`,
    contentWholeFile: '(seluruh berkas)',
    contentCleared: 'Dikosongkan: widget menampilkan konten nasional.',
    contentFileFailed: (name) => `Berkas ${name} tidak dapat dibaca.`,
    contentExampleFailed: 'Contoh tidak dapat dimuat.',
    contentModeLegend: 'Konten Anda dalam cuplikan',
    contentModes: { inline: 'JSON di dalam setiap elemen', src: 'Satu berkas,' },
    contentSrcNote:
      'Simpan berkasnya sebagai ogi-content.json di folder yang sama dengan halaman Anda (atau ubah content-src ke alamatnya).',
    contentDownload: 'Unduh berkasnya (ogi-content.json)',
    editor: {
      legend: 'Isi formulir',
      hint: 'Tulis dalam bahasa Indonesia dan Inggris, berdampingan. Kolom bahasa Inggris yang kosong menampilkan teks Indonesianya.',
      jsonSummary: 'JSON (lanjutan): tempel atau ubah berkasnya langsung',
      parts: { contact: 'Kontak', faq: 'Tanya jawab', 'ogp-timeline': 'Tonggak linimasa', about: 'Tentang' },
      labels: {
        'contact.organization': 'Organisasi',
        'contact.addressLines': 'Alamat',
        'contact.email': 'Surel',
        'contact.phone': 'Telepon',
        'contact.mapUrl': 'Tautan peta',
        'contact.title': 'Judul widget',
        'contact.intro': 'Pengantar',
        'faq.mode': 'Pertanyaan Anda dan yang nasional',
        'faq.hide': 'Sembunyikan pertanyaan nasional',
        'faq.question': 'Pertanyaan',
        'faq.answer': 'Jawaban',
        'faq.id': 'Id (untuk tautan langsung)',
        'ogp-timeline.mode': 'Tonggak Anda dan yang nasional',
        'ogp-timeline.date': 'Tanggal',
        'ogp-timeline.title': 'Judul',
        'ogp-timeline.text': 'Keterangan',
        'about.title': 'Judul bagian',
        'about.paragraphs': 'Paragraf',
      },
      hints: {
        'contact.addressLines': 'Satu baris alamat per baris.',
        'contact.mapUrl': 'Alamat yang dimulai dengan https://',
        'faq.answer': 'Pisahkan paragraf dengan baris kosong.',
        'faq.id': 'Huruf, angka, - dan _.',
        'ogp-timeline.date': 'TTTT, TTTT-BB atau TTTT-BB-HH.',
        'about.paragraphs': 'Pisahkan paragraf dengan baris kosong.',
      },
      modes: {
        append: 'Setelah yang nasional',
        prepend: 'Sebelum yang nasional',
        replace: 'Menggantikan yang nasional',
      },
      item: {
        faq: (n) => `Pertanyaan ${n}`,
        'ogp-timeline': (n) => `Tonggak ${n}`,
        about: (n) => `Bagian ${n}`,
      },
      add: { faq: 'Tambah pertanyaan', 'ogp-timeline': 'Tambah tonggak', about: 'Tambah bagian' },
      moveUp: 'Naikkan',
      moveDown: 'Turunkan',
      remove: 'Hapus',
      linkFailed: 'Konten dalam tautan ini tidak dapat dibaca.',
      outputsHeading: 'Konten Anda, siap dipakai',
      fileSummary: 'Berkas konten (ogi-content.json)',
      copyFile: 'Salin JSON',
      wordpressSummary: 'WordPress',
      wordpressSettings:
        'Di Pengaturan → OGI Widgets → Konten daerah, pilih JSON yang ditempel, lalu tempel berkas konten di atas.',
      copyWordpress: 'Salin JSON untuk pengaturan WordPress',
      wordpressShortcodes: 'Lalu pasang widget di tulisan atau halaman dengan kode pendek ini:',
      copyShortcodes: 'Salin kode pendek',
      staticSummary: 'Tanpa JavaScript',
      staticNote:
        'Untuk halaman tanpa skrip: HTML widget beserta gayanya, ditulis oleh perender server (yang berjalan di Node, bukan di peramban).',
      staticFragment: 'Ditulis oleh perender itu dengan konten Anda dan pengaturan di atas (npm start menyediakannya):',
      copyFragment: 'Salin HTML',
      staticCommands: 'Atau tulis sendiri: jalankan perintah ini di folder tempat ogi-content.json disimpan:',
      copyCommands: 'Salin perintah',
      copiedThis: 'Disalin ke papan klip.',
    },

    tokensLegend: 'Warna dan bentuk',
    colorLabels: {
      accent: 'Warna aksen',
      text: 'Warna teks',
      surface: 'Warna latar',
      muted: 'Teks sekunder',
      border: 'Garis tepi',
      subtle: 'Latar kotak',
      'accent-soft': 'Aksen lembut (sorotan)',
      focus: 'Cincin fokus',
    },
    darkAccentLabel: 'Warna aksen di sistem gelap',
    darkAccentHint: 'Berlaku bila sistem pengunjung memakai mode gelap (tema "Ikuti sistem").',
    maxWidthLabel: 'Lebar maksimum',
    maxWidthDefault: 'Bawaan (46rem)',
    maxWidthNone: 'Tanpa batas',
    spaceAfterLabel: 'Jarak di bawah setiap widget',
    spaceAfterDefault: 'Bawaan (2rem)',
    noFrameLabel: 'Tanpa bingkai: menyatu dengan halaman',
    noEyebrowLabel: 'Tanpa label kecil di atas judul',
    lineLabel: 'Garis linimasa',
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
    contrastPairs: {
      text: 'Teks pada latar',
      muted: 'Teks sekunder pada latar',
      accent: 'Aksen (tautan) pada latar',
      focus: 'Cincin fokus pada latar (perlu 3:1)',
    },
    schemes: { light: 'Skema terang', dark: 'Skema gelap' },
    contrastOk: 'lulus AA',
    contrastFail: 'gagal AA',
    contrastWarning:
      'Kontras di bawah batas WCAG AA (4,5:1 untuk teks, 3:1 untuk cincin fokus): sulit dibaca. Pilih warna yang lebih gelap atau lebih terang.',

    previewLegend: 'Pratinjau',
    widthLabel: 'Lebar',
    widthFull: 'Penuh',
    fitLabel: 'Perkecil agar muat',
    fitHint:
      'Bila dimatikan, pratinjau yang lebih lebar dari kotaknya tampil 1:1 (ukuran asli) dan digeser ke samping, juga saat kedua bahasa berdampingan.',
    fitNote: (percent) => `Diperkecil ke ${percent} % agar muat di layar ini.`,
    fitOff: 'Tampilkan 1:1, geser ke samping',
    fitOn: 'Perkecil agar muat',
    bothLabel: 'Kedua bahasa berdampingan',
    langNames: { id: 'Bahasa Indonesia', en: 'English' },
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
    snippetIntro: (file, version, chunks) =>
      `Tempel ke halaman Anda. Ganti /path/to/ dengan tempat Anda menyalin isi folder dist/ versi ${version}. Nilai integrity adalah hash asli ${file} versi ${version} (dari dist/integrity.json); browser menolak berkas yang isinya berbeda.${chunks ? ` Integrity hanya berlaku untuk berkas yang memuatnya, jadi hash setiap chunk yang diimpor ${file} juga tercantum, dalam import map dan dalam <link rel="modulepreload">; taruh import map sebelum skrip modul lain di halaman.` : ''}`,
    snippetLabel: 'Cuplikan HTML untuk pengaturan ini',
    snippetWarning:
      'Warna dalam cuplikan ini gagal WCAG AA (lihat pemeriksaan kontras di pengaturan). Perbaiki dulu sebelum memakainya di situs pemerintah.',
    copy: 'Salin cuplikan',
    copied: 'Cuplikan disalin ke papan klip.',
    copiedFailingColours: 'Cuplikan disalin, tetapi warnanya gagal WCAG AA.',
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
    uiLegend: 'Language of this demo page',
    toPreview: 'Go to the preview',
    moreSettings: 'Scroll for more settings',
    widgetLegend: 'Widgets shown',
    widgetAll: 'All',
    widgetNames: {
      all: 'All four widgets',
      about: 'About OGI',
      faq: 'Questions and answers',
      timeline: 'OGP timeline',
      contact: 'Contact',
    },
    widgetDescriptions: {
      all: 'One after another on one page, exactly as the snippet places them: each keeps --ogi-space-after (2rem by default) below itself.',
      about:
        "What OGI is and why: its vision, the President's words, Nawa Cita, the three innovations it inspired and encouraged (LAPOR!, Portal Satu Data, Satu Peta), and the OGI National Secretariat (Seknas OGI) with its core team.",
      faq: 'Questions and answers about OGI and Nawa Cita, OGP and its launch, how OGI came about, the innovations it inspired and encouraged, and Seknas OGI.',
      timeline:
        'The road to open government: before and after Reformasi 1998, the 2008 and 2009 laws, OGI and the OGP launch in 2011, and 70 OGP countries by the end of September 2016.',
      contact: 'The address and e-mail of Seknas OGI, ready to use: mail link, copy button, map link.',
    },

    attributesLegend: 'Attributes',
    langLabel: 'Language',
    themeLabel: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: 'Follow the system' },
    headingLabel: 'Heading level',
    headingDefault: '(default)',
    orientationLabel: 'Timeline orientation',
    orientations: { vertical: 'Vertical (default)', horizontal: 'Horizontal' },
    faqViewLabel: 'Questions and answers: state',
    faqViews: {
      closed: 'All closed, as loaded',
      open: 'All open',
      linked: 'Opened by a link to one question',
    },
    faqLinkNote: 'Direct link to this question: your page’s address followed by',

    contentLegend: 'Your content',
    contentHint:
      "Your region's own contact, questions, milestones and sections: fill in the form below, paste or open a JSON file, or start from the example. The preview and the snippet follow as you type.",
    contentLabel: 'Content file (JSON)',
    contentExample: 'Load the example',
    contentClear: 'Clear',
    contentFileLabel: 'Or open a .json file',
    contentPrivacy:
      'Your content stays on this page and in its link (after the #, which browsers never send): it is sent nowhere.',
    contentNoJs: 'The "Without JavaScript" preview ignores it and shows the national content.',
    contentOk: 'No problems.',
    contentProblems: (count) => `${count} ${count === 1 ? 'problem' : 'problems'}; the rest still applies:`,
    contentInvalidJson: 'Not valid JSON',
    contentAt: (line, column) => `line ${line}, column ${column}`,
    contentWholeFile: '(the whole file)',
    contentCleared: 'Cleared: the widgets show the national content.',
    contentFileFailed: (name) => `The file ${name} could not be read.`,
    contentExampleFailed: 'The example could not be loaded.',
    contentModeLegend: 'Your content in the snippet',
    contentModes: { inline: 'JSON inside each element', src: 'One file,' },
    contentSrcNote:
      'Save the file as ogi-content.json in the same folder as your page (or change content-src to its address).',
    contentDownload: 'Download the file (ogi-content.json)',
    editor: {
      legend: 'Fill in a form',
      hint: 'Write in Indonesian and English, side by side. An empty English field shows the Indonesian text.',
      jsonSummary: 'JSON (advanced): paste or edit the file itself',
      parts: { contact: 'Contact', faq: 'Questions', 'ogp-timeline': 'Timeline milestones', about: 'About' },
      labels: {
        'contact.organization': 'Organisation',
        'contact.addressLines': 'Address',
        'contact.email': 'E-mail',
        'contact.phone': 'Phone',
        'contact.mapUrl': 'Map link',
        'contact.title': 'Widget title',
        'contact.intro': 'Introduction',
        'faq.mode': 'Your questions and the national ones',
        'faq.hide': 'Hide national questions',
        'faq.question': 'Question',
        'faq.answer': 'Answer',
        'faq.id': 'Id (for a direct link)',
        'ogp-timeline.mode': 'Your milestones and the national ones',
        'ogp-timeline.date': 'Date',
        'ogp-timeline.title': 'Title',
        'ogp-timeline.text': 'Text',
        'about.title': 'Section title',
        'about.paragraphs': 'Paragraphs',
      },
      hints: {
        'contact.addressLines': 'One address line per line.',
        'contact.mapUrl': 'An address starting with https://',
        'faq.answer': 'An empty line between paragraphs.',
        'faq.id': 'Letters, digits, - and _.',
        'ogp-timeline.date': 'YYYY, YYYY-MM or YYYY-MM-DD.',
        'about.paragraphs': 'An empty line between paragraphs.',
      },
      modes: {
        append: 'After the national ones',
        prepend: 'Before the national ones',
        replace: 'Instead of the national ones',
      },
      item: {
        faq: (n) => `Question ${n}`,
        'ogp-timeline': (n) => `Milestone ${n}`,
        about: (n) => `Section ${n}`,
      },
      add: { faq: 'Add a question', 'ogp-timeline': 'Add a milestone', about: 'Add a section' },
      moveUp: 'Move up',
      moveDown: 'Move down',
      remove: 'Remove',
      linkFailed: 'The content in this link could not be read.',
      outputsHeading: 'Your content, ready to use',
      fileSummary: 'The content file (ogi-content.json)',
      copyFile: 'Copy the JSON',
      wordpressSummary: 'WordPress',
      wordpressSettings:
        'In Settings → OGI Widgets → Regional content, choose Pasted JSON and paste the content file above.',
      copyWordpress: 'Copy the JSON for the WordPress settings',
      wordpressShortcodes: 'Then place the widgets in a post or page with these shortcodes:',
      copyShortcodes: 'Copy the shortcodes',
      staticSummary: 'Without JavaScript',
      staticNote:
        'For pages without scripts: the widget’s HTML with its styles, written by the server renderer (which runs in Node, not in a browser).',
      staticFragment: 'Written by that renderer with your content and the settings above (npm start serves it):',
      copyFragment: 'Copy the HTML',
      staticCommands: 'Or write it yourself: run these commands in the folder where ogi-content.json is saved:',
      copyCommands: 'Copy the commands',
      copiedThis: 'Copied to the clipboard.',
    },

    tokensLegend: 'Colours and shape',
    colorLabels: {
      accent: 'Accent colour',
      text: 'Text colour',
      surface: 'Background colour',
      muted: 'Secondary text',
      border: 'Borders',
      subtle: 'Box background',
      'accent-soft': 'Soft accent (highlights)',
      focus: 'Focus ring',
    },
    darkAccentLabel: 'Accent colour in a dark system',
    darkAccentHint: 'Applies when the visitor’s system is in dark mode (theme "Follow the system").',
    maxWidthLabel: 'Maximum width',
    maxWidthDefault: 'Default (46rem)',
    maxWidthNone: 'No limit',
    spaceAfterLabel: 'Space below each widget',
    spaceAfterDefault: 'Default (2rem)',
    noFrameLabel: 'No frame: blend into the page',
    noEyebrowLabel: 'No small label above the title',
    lineLabel: 'Timeline line',
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
    contrastPairs: {
      text: 'Text on background',
      muted: 'Secondary text on background',
      accent: 'Accent (links) on background',
      focus: 'Focus ring on background (needs 3:1)',
    },
    schemes: { light: 'Light scheme', dark: 'Dark scheme' },
    contrastOk: 'passes AA',
    contrastFail: 'fails AA',
    contrastWarning:
      'Contrast below the WCAG AA minimum (4.5:1 for text, 3:1 for the focus ring): hard to read. Choose a darker or lighter colour.',

    previewLegend: 'Preview',
    widthLabel: 'Width',
    widthFull: 'Full',
    fitLabel: 'Scale down to fit',
    fitHint:
      'When off, a preview wider than its box is shown at 1:1 (its real size) and scrolls sideways, also with both languages side by side.',
    fitNote: (percent) => `Scaled down to ${percent}% to fit this screen.`,
    fitOff: 'Show at 1:1, scroll sideways',
    fitOn: 'Scale down to fit',
    bothLabel: 'Both languages side by side',
    langNames: { id: 'Bahasa Indonesia', en: 'English' },
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
    snippetIntro: (file, version, chunks) =>
      `Paste it into your page. Replace /path/to/ with where you copied the contents of dist/ of version ${version}. The integrity value is the real hash of ${file} in version ${version} (from dist/integrity.json); a browser refuses a file whose bytes differ.${chunks ? ` An integrity attribute covers only the file it is on, so the hash of each chunk ${file} imports is given too, in an import map and in <link rel="modulepreload"> tags; put the import map before any other module script of your page.` : ''}`,
    snippetLabel: 'HTML snippet for these settings',
    snippetWarning:
      'The colours in this snippet fail WCAG AA (see the contrast check in the settings). Fix them before using it on a government site.',
    copy: 'Copy snippet',
    copied: 'Snippet copied to the clipboard.',
    copiedFailingColours: 'Snippet copied, but its colours fail WCAG AA.',
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
