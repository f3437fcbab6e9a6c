import type { Plugin } from 'vite';

export function parseStaticPath(path: string): { tag: string; lang: string; headingLevel: string } | null;
export function staticPage(fragment: string, lang: string): string;
export function renderStaticPage(
  ssr: {
    TAGS: readonly string[];
    LOCALES: readonly string[];
    HEADING_LEVELS: readonly number[];
    parseHeadingLevel(value: unknown): number | undefined;
    renderToString(tag: string, options: object): Promise<string>;
  },
  wanted: { tag: string; lang: string; headingLevel: number | string },
): Promise<string | null>;
export const RENDER_PATH: RegExp;
export function readRenderRequest(
  req: AsyncIterable<unknown>,
): Promise<{ jobs?: { tag: string; options: object }[]; error?: string }>;
export function renderJobs(
  render: (tag: string, options: object) => Promise<string>,
  jobs: { tag: string; options: object }[],
): Promise<{ status: number; body: string }>;
export function demoStaticPlugin(): Plugin;
