import type { Locale } from '../shared/values.js';
import { about as id } from './id/about.js';
import { about as en } from './en/about.js';
import type { SourceTeamMember } from './sentences.js';

/** The three public policy innovations OGI inspired and encouraged, in the order they are shown. */
export type AboutInnovationKey = 'lapor' | 'satu-data' | 'satu-peta';

/** Official sites of the innovations; the same in every language. */
export const ABOUT_LINKS: Partial<Record<AboutInnovationKey, string>> = {
  lapor: 'https://www.lapor.go.id/',
  'satu-data': 'https://data.go.id/',
  // Satu Peta has none: the source names no site for the initiative, and none is plainly its own.
};

/** One innovation card. */
export interface AboutInnovation {
  key: AboutInnovationKey;
  /** Its name, kept as it is (LAPOR!, Portal Satu Data, Satu Peta). */
  name: string;
  /** Another name it is known by, or its name in this language (optional). */
  alias?: string;
  /** The area of openness it addresses. */
  focus: string;
  /** The visible text of the link to its official site (absent when `ABOUT_LINKS` has none). */
  linkLabel?: string;
}

/** One member of the OGI core team (Tim Inti OGI). */
export type AboutTeamMember = SourceTeamMember;

/** The words `<ogi-about>` shows, per language. */
export interface AboutContent {
  /** A short label above the title. */
  eyebrow: string;
  title: string;
  /** What OGI is, in two sentences. */
  lead: string;
  vision: {
    heading: string;
    paragraphs: string[];
  };
  /** The President's words, shown as one attributed quotation. */
  quote: {
    /** The words as shown: word for word in Indonesian, a translation elsewhere. */
    text: string;
    /** The speaker's name. */
    author: string;
    /** The speaker's office, after the name. */
    role: string;
    /** Says that `text` is a translation (absent when it is the original). */
    translationNote?: string;
    /** The original words, shown with `lang="id"` when `text` is a translation. */
    original?: string;
  };
  why: {
    heading: string;
    paragraphs: string[];
  };
  innovations: {
    heading: string;
    intro: string;
    items: AboutInnovation[];
    outro: string;
  };
  secretariat: {
    heading: string;
    /** What Seknas OGI is for and who runs it; ends by introducing the core team list. */
    role: string;
    /** The core team: the institutions and civil society. */
    team: readonly AboutTeamMember[];
    /** Label of the main-function note. */
    functionLabel: string;
    functionText: string;
  };
}

export const aboutContent: Record<Locale, AboutContent> = { id, en };
