export { SmokingExtractor } from './extract.js';
export { type CompiledSmokingRules, compileSmokingRules } from './rules.js';
export type {
  SmokingFinding,
  SmokingMention,
  SmokingResult,
  SmokingStatus,
} from './types.js';
