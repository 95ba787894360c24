/**
 * V8 settings for every emrx process, imported before anything else runs (bin/emrx.js, the
 * benchmarks). Flags are process-wide, so extraction threads share them; they must be set before
 * the first regular expression runs, never changed mid-run.
 *
 * `--no-regexp-tier-up`: V8 first runs an expression in its interpreter and compiles it again
 * to native code once it is hot. The rules are a few hundred large expressions, each run
 * thousands of times, so compiling straight to native code saves the interpreter tier and the
 * second compilation (about 0.2 s of a 10,000-note run, bench/extract.ts). It also avoids a
 * crash: on Node 20.20 (V8 11.3) a queue worker died with SIGSEGV inside the tiered-up native
 * code of pg-connection-string's `/^\[(.+)\]$/` when PostgreSQL restarted mid-batch
 * (tests/queue-outages.integration.test.ts, reproducible here; gone with this flag).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
