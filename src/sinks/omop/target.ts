/** `--omop` target forms and defaults: kept apart so the CLI can parse options without loading a database driver. */
export const EMBEDDED_PREFIX = 'embedded:';
export const DEFAULT_OMOP_SCHEMA = 'cdm';
