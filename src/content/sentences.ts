import type { Locale } from '../shared/values.js';

/**
 * The sentences of the client's source that more than one widget says, once
 * per language (`id/ogi-text.ts`, `id/ogp-text.ts`, `en/ogi-text.ts`, `en/ogp-text.ts`). The
 * widgets' content files build their paragraphs from these, so the same
 * sentence of the source reads the same everywhere. They are split in two so
 * that a page loading one widget loads only the sentences it shows.
 */

/** One of the three innovations OGI inspired and encouraged. */
export interface SourceInnovation {
  /** Its name, kept as it is (LAPOR!, Portal Satu Data, Satu Peta). */
  name: string;
  /** Another name it is known by, or its name in this language (optional). */
  alias?: string;
  /** The area of openness it addresses, as a phrase without a full stop. */
  focus: string;
}

/** One member of the OGI core team (Tim Inti OGI). */
export interface SourceTeamMember {
  /** The institution's own name, kept as it is. */
  name: string;
  /** The language `name` is in, when it is not this language. */
  nameLang?: Locale;
  /** What the name means in this language (optional). */
  gloss?: string;
}

/** The sentences about OGI that `<ogi-about>` and `<ogi-faq>` share, in one language. */
export interface OgiText {
  /** What OGI is, in two sentences. */
  lead: string;
  /** The President's words and their attribution. */
  quote: {
    /** The words: word for word in Indonesian, a translation elsewhere. */
    text: string;
    author: string;
    /** A title that stays true. */
    role: string;
    /** Marks `text` as a translation (absent in Indonesian, the original). */
    translationNote?: string;
    /** Introduces the original words after a translation. */
    originalLabel?: string;
  };
  nawaCita: string;
  nawaCitaStep: string;
  concreteSign: string;
  ideas: string;
  openDoor: string;
  collaboration: string;
  policyInnovations: string;
  innovationsIntro: string;
  innovations: {
    lapor: SourceInnovation;
    'satu-data': SourceInnovation;
    'satu-peta': SourceInnovation;
  };
  innovationsOutro: string;
  seknasRole: string;
  seknasStaff: string;
  team: readonly SourceTeamMember[];
  seknasFunction: string;
  seknasCoordination: string;
}

/** The sentences about OGP and the road to OGI that `<ogi-faq>` and `<ogi-ogp-timeline>` share. */
export interface OgpText {
  /** Why OGP exists: hope, perception, stagnation, aspiration, the gap. */
  ogpWhy: readonly [string, string, string, string, string];
  ogpAnswer: string;
  ogpWhat: string;
  ogpTechnology: string;
  ogpCollaboration: string;
  /** Who launched OGP and how (follows "by"/"oleh"). */
  ogpLaunchedBy: string;
  /** The eight founding countries of OGP, in the source's order. */
  foundingCountries: readonly string[];
  ogpSpread: string;

  demandsBefore: string;
  /** That the demands grew after Reformasi (refers back to `demandsBefore`). */
  demandsAfter: string;
  /** The two laws, by their full names. */
  law2008: string;
  law2009: string;
  /**
   * The push to meet the demands grew after the two laws: the source names them together and
   * says "after" (setelah), not that either law made it grow.
   */
  afterLaws: string;
  meeting: string;
  /** The meeting was followed up by OGI in 2011 (refers back to `meeting`). */
  ogiFollowUp: string;
}

/** Writes the first letter of `text` as a capital. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
