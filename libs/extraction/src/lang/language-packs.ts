import { english } from './en/english.pack';
import type { LanguagePack } from './language-pack';
import { romanian } from './ro/romanian.pack';

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([
  [english.code, english],
  [romanian.code, romanian],
]);

/** The pack of a language (ISO 639-1), or undefined when the engine has none. */
export function languagePack(code: string): LanguagePack | undefined {
  return PACKS.get(code);
}

/** The languages the engine has packs for. */
export function supportedLanguages(): string[] {
  return [...PACKS.keys()];
}
