import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import {
  addExtractorOptions,
  chooseExtractors,
  type ExtractorFlags,
  withModels,
} from './cli-extractors.js';
import {
  addTargetOptions,
  checkSchemaOption,
  embeddedPathResolved,
  maxNoteBytesOption,
  openTargets,
  positiveInteger,
  UsageError,
} from './cli-options.js';
import { registerQueueCommands } from './cli-queue.js';
import { runContext } from './commands/context.js';
import { runExtract } from './commands/extract.js';
import { runHgvs } from './commands/hgvs.js';
import { runText } from './commands/text.js';
import type { Note } from './core/types.js';
import { LegacyNames } from './extractors/genetics/hgvs/legacy.js';
import { loadClinicalText } from './load-clinical-text.js';
import { loadPipeline } from './load-pipeline.js';
import { createLogger } from './logger.js';
import { DEFAULT_OMOP_SCHEMA } from './sinks/omop/target.js';
import { SUPPORTED_FORMATS } from './sources/read-notes.js';
import { DEFAULT_MIN_CELL } from './summarize/summarize.js';
import { loadNlpSystem, VERSION } from './system.js';
import { defaultVocabDir, loadLegacyNames } from './vocab/load.js';
import { PipelinePool } from './workers/pipeline-pool.js';

export function buildProgram(): Command {
  const program = new Command('emrx')
    .description('Clinical notes to structured research data, inside the TRE.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('context')
    .summary(
      'ConText assertion of spans (negated, possible, historical, hypothetical, experiencer)',
    )
    .description(
      'ConText assertion (negated, possible, historical, hypothetical, experiencer) of spans.\n' +
        'Input lines: {"id","text","start","end","language"?,"gold"?}. With gold labels on\n' +
        'every line, prints precision/recall/F1 per attribute.',
    )
    .requiredOption('--in <targets.jsonl>', 'spans to assert')
    .requiredOption('--out <assertions.jsonl>', 'one assertion per accepted span')
    .option('--rejects <rejects.jsonl>', 'rejected lines (default: beside --out)')
    .action(async (options: { in: string; out: string; rejects?: string }) => {
      const log = createLogger();
      const output = resolve(options.out);
      const result = await runContext(loadClinicalText(), {
        input: resolve(options.in),
        output,
        rejects: resolve(options.rejects ?? resolve(output, '..', 'rejects.jsonl')),
      });
      log.info({ targets: result.targets, rejected: result.rejected }, 'context done');
      if (result.report) process.stdout.write(`${result.report}\n`);
      process.stdout.write(
        `${result.targets} targets asserted, ${result.rejected} rejected → ${options.out}\n`,
      );
    });

  program
    .command('text')
    .summary('the text layer of notes: language, sections, sentences')
    .description(
      `The text layer of each note: language, sections, sentences with offsets.\nInput: ${SUPPORTED_FORMATS}.`,
    )
    .requiredOption('--in <notes>', 'notes.jsonl, notes.csv or a folder of .txt files')
    .requiredOption('--out <text.jsonl>', 'one line per accepted note')
    .option('--rejects <rejects.jsonl>', 'rejected notes (default: beside --out)')
    .addOption(maxNoteBytesOption())
    .action(
      async (options: { in: string; out: string; rejects?: string; maxNoteBytes: number }) => {
        const log = createLogger();
        const output = resolve(options.out);
        const result = await runText(loadClinicalText(), log, {
          input: resolve(options.in),
          output,
          rejects: resolve(options.rejects ?? resolve(output, '..', 'rejects.jsonl')),
          maxNoteBytes: options.maxNoteBytes,
        });
        process.stdout.write(
          `${result.notes} notes, ${result.rejected} rejected (${result.rejectsPath}) → ${options.out}\n`,
        );
      },
    );

  const extract = program
    .command('extract')
    .summary('run the in-process pipeline: notes in, annotations.jsonl out')
    .description(
      'Runs the whole pipeline in this process (no Redis, no database, no network) and writes\n' +
        'one annotation line per accepted note (../shared/spec/annotations.md section 2), in\n' +
        `input order. Input: ${SUPPORTED_FORMATS}.`,
    )
    .requiredOption('--in <notes>', 'notes.jsonl, notes.csv or a folder of .txt files')
    .requiredOption('--out <annotations.jsonl>', 'one annotation per accepted note')
    .option(
      '--mentions <mentions.jsonl>',
      'every mention: offsets, text, value, assertion, rule, decision',
    )
    .option('--rejects <rejects.jsonl>', 'rejected notes (default: beside --out)')
    .addOption(
      new Option('--threads <n>', 'extraction threads with --extractors transformer|ensemble')
        .default(Math.max(1, availableParallelism()))
        .argParser(positiveInteger),
    );
  addExtractorOptions(extract);
  addTargetOptions(extract)
    .addOption(
      new Option('--batch-size <n>', 'notes per database transaction / FHIR batch')
        .default(500)
        .argParser(positiveInteger),
    )
    .addOption(maxNoteBytesOption())
    .action(
      async (
        options: {
          in: string;
          out: string;
          mentions?: string;
          rejects?: string;
          omop?: string;
          omopSchema: string;
          fhir?: string;
          batchSize: number;
          maxNoteBytes: number;
          threads: number;
        } & ExtractorFlags,
      ) => {
        const log = createLogger();
        const output = resolve(options.out);
        const vocabDir = defaultVocabDir();
        const chosen = chooseExtractors(options, vocabDir);
        const context = {
          system: withModels(loadNlpSystem(vocabDir), chosen),
          processedAt: new Date(),
        };
        const sinks = await openTargets(options, context, vocabDir, log);
        // The rules run in this process; the models in a pool of threads, one ONNX session each.
        const pool =
          chosen.extractors === 'rules'
            ? undefined
            : await PipelinePool.start(options.threads, vocabDir, chosen);
        const extraction = pool
          ? {
              kind: 'pool' as const,
              size: pool.size,
              chunkSize: 64,
              run: (notes: readonly Note[]) => pool.run(notes),
            }
          : loadPipeline(vocabDir);
        const result = await runExtract(extraction, log, {
          sinks,
          batchSize: options.batchSize,
          input: resolve(options.in),
          output,
          ...(options.mentions ? { mentions: resolve(options.mentions) } : {}),
          rejects: resolve(options.rejects ?? resolve(output, '..', 'rejects.jsonl')),
          maxNoteBytes: options.maxNoteBytes,
          ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
        }).finally(() => pool?.close());
        const rate = result.notes / Math.max(result.seconds, 1e-9);
        process.stdout.write(
          `${result.notes} notes, ${result.rejected} rejected, ${Math.round(rate)} notes/s ` +
            `(${(result.textBytes / 1e6 / Math.max(result.seconds, 1e-9)).toFixed(2)} MB/s) → ${options.out}\n`,
        );
        for (const [name, counts] of Object.entries(result.sinks))
          process.stdout.write(
            `${name}: ${Object.entries(counts)
              .map(([k, v]) => `${v} ${k}`)
              .join(', ')}\n`,
          );
      },
    );

  const db = program.command('db').summary('the OMOP CDM database emrx writes into');
  db.command('init')
    .summary('create the OMOP CDM 5.4 tables (official DDL) and emrx bookkeeping tables')
    .description(
      'Applies the official OMOP CDM 5.4 PostgreSQL DDL, primary keys and indices to a schema\n' +
        '(created when missing), foreign-key constraints with --constraints, then adds emrx\n' +
        "tables (emrx_note_map, emrx_person_map, emrx_row, emrx_run). A site's existing CDM is\n" +
        'left as it is: only the emrx tables are added. Safe to run twice.',
    )
    .requiredOption('--omop <postgres-url|embedded:dir>', 'the database')
    .option('--schema <name>', 'the CDM schema', DEFAULT_OMOP_SCHEMA)
    .option(
      '--constraints',
      'add the official foreign keys (then every concept id written must exist in concept)',
    )
    .action(async (options: { omop: string; schema: string; constraints?: boolean }) => {
      const { openSqlClient } = await import('./sinks/omop/sql-client.js');
      const { initSchema } = await import('./sinks/omop/schema.js');
      const client = await openSqlClient(embeddedPathResolved(options.omop));
      try {
        const result = await initSchema(
          client,
          defaultVocabDir(),
          checkSchemaOption(options.schema),
          {
            constraints: options.constraints === true,
          },
        );
        process.stdout.write(
          result.createdCdm
            ? `created OMOP CDM 5.4 in ${client.description} schema ${options.schema}` +
                `${result.constraints ? ' with foreign keys' : ''}, and emrx tables\n`
            : `schema ${options.schema} already has a CDM; emrx tables are in place\n`,
        );
      } finally {
        await client.close();
      }
    });

  program
    .command('hgvs')
    .summary('parse and normalise HGVS variant descriptions, one per line')
    .description(
      'Parses each line as an HGVS description (c. g. n. m. r. p., optional reference prefix),\n' +
        'a bare protein change (V600E) or a reviewed legacy name (BRCA1 185delAG), optionally\n' +
        'after its gene. Output lines: {"input","valid","error"?,"normalized"?,"reference"?,\n' +
        '"level"?,"kind"?,"gene"?}; "normalized" is the conforming form whenever the meaning is\n' +
        'clear, also for input that is not valid as written. With --reference, descriptions\n' +
        'whose accession the FASTA holds are also judged against the sequence (3′ rule, an\n' +
        'insertion that is a duplication, stated residues) and get "reference_check".',
    )
    .requiredOption('--in <strings.txt>', 'one variant string per line (blank lines skipped)')
    .requiredOption('--out <parsed.jsonl>', 'one parse per input line, in input order')
    .option(
      '--reference <sequences.fa>',
      'local FASTA; header ">ACCESSION [start=N] [intron_after=N,…] [junction_after=N,…] [cds_end=N] [type=protein] [fragment]"',
    )
    .action(async (options: { in: string; out: string; reference?: string }) => {
      const result = await runHgvs(new LegacyNames(loadLegacyNames(defaultVocabDir())), {
        input: resolve(options.in),
        output: resolve(options.out),
        ...(options.reference ? { reference: resolve(options.reference) } : {}),
      });
      process.stdout.write(
        `${result.strings} strings: ${result.valid} valid, ${result.normalized} normalised, ` +
          `${result.unreadable} unreadable → ${options.out}\n`,
      );
    });

  const integer = (min: number) => (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min)
      throw new UsageError(`not a whole number ≥ ${min}: ${value}`);
    return n;
  };
  program
    .command('eval')
    .summary('score annotations against a gold set: metrics.json, report.md, report.html')
    .description(
      'Scores answers against gold annotations exactly as ../shared/spec/annotations.md section 4\n' +
        'says: smoking status per-class P/R/F1, macro-F1 and confusion matrix, numeric-field\n' +
        'accuracy and error distribution, genetics P/R/F1 with significance/origin accuracy; each\n' +
        'with a seeded bootstrap 95% CI (resampling notes), split by language and note type, and an\n' +
        'error table. Writes <out>/metrics.json (figures only), report.md and report.html (they\n' +
        'quote note text: keep them in the TRE). --notes without --pred runs the in-process\n' +
        'pipeline on the gold notes; with --pred, the notes only give language, type and text.',
    )
    .requiredOption('--gold <gold.jsonl...>', 'gold annotations (several files are one set)')
    .option('--pred <annotations.jsonl...>', 'the answers to score (spec section 2 format)')
    .option('--notes <notes...>', 'the gold notes (.jsonl, .csv or a .txt folder)')
    .option(
      '--mentions <mentions.jsonl...>',
      'mentions behind --pred (emrx extract --mentions): the rules in the error table',
    )
    .requiredOption('--out <dir>', 'folder for metrics.json, report.md and report.html')
    .option('--compare <annotations.jsonl...>', 'a second system, side by side on the same gold')
    .addOption(
      new Option(
        '--min-f1 <x>',
        'exit 1 when smoking macro-F1 or genetics F1 is below x',
      ).argParser((value: string) => {
        const x = Number(value);
        if (value.trim() === '' || !(x >= 0 && x <= 1))
          throw new UsageError(`--min-f1 must be between 0 and 1, got ${value}`);
        return x;
      }),
    )
    .addOption(new Option('--seed <n>', 'bootstrap seed').default(1).argParser(integer(0)))
    .addOption(
      new Option('--bootstrap <n>', 'bootstrap replicates (0: no intervals)')
        .default(1000)
        .argParser(integer(0)),
    )
    .addOption(maxNoteBytesOption())
    .action(
      async (options: {
        gold: string[];
        pred?: string[];
        notes?: string[];
        mentions?: string[];
        out: string;
        compare?: string[];
        minF1?: number;
        seed: number;
        bootstrap: number;
        maxNoteBytes: number;
      }) => {
        if (!options.pred && !options.notes)
          throw new UsageError('give --pred <annotations.jsonl> or --notes <notes> (or both)');
        const paths = (list?: string[]) => list?.map((p) => resolve(p));
        const { runEval } = await import('./commands/eval.js');
        const result = await runEval({
          gold: paths(options.gold)!,
          ...(options.pred ? { pred: paths(options.pred)! } : {}),
          ...(options.notes ? { notes: paths(options.notes)! } : {}),
          ...(options.mentions ? { mentions: paths(options.mentions)! } : {}),
          ...(options.compare ? { compare: paths(options.compare)! } : {}),
          out: resolve(options.out),
          ...(options.minF1 !== undefined ? { minF1: options.minF1 } : {}),
          seed: options.seed,
          bootstrap: options.bootstrap,
          maxNoteBytes: options.maxNoteBytes,
        });
        process.stdout.write(result.summary);
        // main() prints `emrx: <message>` and exits 1.
        if (result.belowMin)
          throw new Error(`below --min-f1 ${options.minF1}: see the table above`);
      },
    );

  program
    .command('summarize')
    .summary('aggregate counts with small-cell suppression: what may leave the TRE')
    .description(
      'Aggregate counts only (smoking status, by year of note, pack-year and Brinkman-index bins,\n' +
        'gene × variant × status), with small-cell and complementary suppression, from the OMOP\n' +
        'tables emrx wrote or from annotations.jsonl; or --merge combines site summaries. Every run\n' +
        'is recorded in the audit log (when, who, parameters, SHA-256 of the output).',
    )
    .option('--omop <postgres-url|embedded:dir>', 'read the OMOP tables emrx wrote')
    .option('--omop-schema <name>', 'the CDM schema', DEFAULT_OMOP_SCHEMA)
    .option('--in <annotations.jsonl>', 'read annotations (spec section 2)')
    .option(
      '--notes <notes>',
      'with --in: the notes they came from (note_date → counts by year; person_id → the min-cell rule also on persons)',
    )
    .option('--merge <summary.json...>', 'combine site summaries')
    .addOption(
      new Option('--min-cell <n>', 'smallest count published (others suppressed)')
        .default(DEFAULT_MIN_CELL)
        .argParser(positiveInteger),
    )
    .requiredOption('--out <summary.json>', 'the summary')
    .option('--audit <audit.jsonl>', 'the audit log (default ~/.emrx/audit.jsonl)')
    .action(
      async (options: {
        omop?: string;
        omopSchema: string;
        in?: string;
        notes?: string;
        merge?: string[];
        minCell: number;
        out: string;
        audit?: string;
      }) => {
        const sources = [options.omop, options.in, options.merge].filter((s) => s !== undefined);
        if (sources.length !== 1)
          throw new UsageError(
            'give exactly one of --omop <db>, --in <annotations.jsonl>, --merge <files…>',
          );
        if (options.notes && !options.in) throw new UsageError('--notes goes with --in');
        const { runSummarize } = await import('./commands/summarize.js');
        const result = await runSummarize({
          ...(options.omop
            ? {
                omop: embeddedPathResolved(options.omop),
                omopSchema: checkSchemaOption(options.omopSchema),
              }
            : {}),
          ...(options.in ? { input: resolve(options.in) } : {}),
          ...(options.notes ? { notes: resolve(options.notes) } : {}),
          ...(options.merge ? { merge: options.merge.map((p) => resolve(p)) } : {}),
          minCell: options.minCell,
          output: resolve(options.out),
          ...(options.audit ? { audit: resolve(options.audit) } : {}),
        });
        const what = options.merge
          ? `${result.summary.sites} site summaries combined`
          : `${result.notes} notes summarised`;
        process.stdout.write(
          `${what}, min-cell ${result.summary.min_cell} → ${options.out} (sha256 ${result.sha256}); audit: ${result.audit}\n`,
        );
      },
    );

  registerQueueCommands(program);
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`emrx: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
