import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The emrx release; also the CLI's `--version`. */
export const VERSION = '0.1.0';

/**
 * Who produced a set of rows: written into OMOP `note_nlp.nlp_system`, FHIR Provenance and the
 * run table. `rules` is a digest of every file under `vocab/`, so two runs with the same release
 * but edited lexicons are told apart, and "same pipeline version" (which decides whether a re-run
 * replaces rows) means same code and same rules.
 */
export interface NlpSystem {
  readonly name: 'emrx';
  readonly version: string;
  /** First 12 hex digits of a SHA-256 over vocab/ (paths and bytes, sorted by path). */
  readonly rules: string;
  /** Versions of local models used, when any (none yet: the rules path only). */
  readonly models: readonly string[];
}

/** `emrx 0.1.0 rules:3f2a… models:none`: fits OMOP's varchar(250) `nlp_system`. */
export function describeSystem(system: NlpSystem): string {
  const models = system.models.length > 0 ? system.models.join(',') : 'none';
  return `${system.name} ${system.version} rules:${system.rules} models:${models}`;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Reads vocab/ once at start-up (an edge: the mappers receive the result). */
export function loadNlpSystem(vocabDir: string): NlpSystem {
  const hash = createHash('sha256');
  for (const path of filesUnder(vocabDir)) {
    hash.update(relative(vocabDir, path));
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  }
  return { name: 'emrx', version: VERSION, rules: hash.digest('hex').slice(0, 12), models: [] };
}
