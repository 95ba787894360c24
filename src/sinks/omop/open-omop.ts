import type { MappingContext } from '../../mappers/input.js';
import { loadOmopVocab } from '../../vocab/load-omop.js';
import type { NoteBatchSink } from '../note-sink.js';
import { OmopSink } from './omop-sink.js';
import { initSchema, tableExists } from './schema.js';
import { EMBEDDED_PREFIX, openSqlClient } from './sql-client.js';

export { DEFAULT_OMOP_SCHEMA } from './target.js';

/**
 * `--omop <postgres-url|embedded:dir>` as a sink. The embedded database is emrx's own, so it is
 * initialised on first use; a server's schema must be initialised (or be a site's CDM) first, so a
 * typo in the schema name fails loudly instead of creating an empty CDM.
 */
export async function openOmopTarget(
  target: string,
  schema: string,
  vocabDir: string,
  context: MappingContext,
): Promise<NoteBatchSink> {
  const db = await openSqlClient(target);
  try {
    if (target.startsWith(EMBEDDED_PREFIX) && !(await tableExists(db, schema, 'emrx_run')))
      await initSchema(db, vocabDir, schema, { constraints: false });
    const sink = await OmopSink.open(db, schema, await loadOmopVocab(vocabDir), context);
    return {
      name: `omop ${db.description} schema ${schema}`,
      write: (batch) => sink.write(batch),
      // Each write is its own committed transaction: nothing waits in memory.
      flush: async () => {},
      close: async (outcome = 'done') => {
        try {
          return { ...(await sink.close(outcome)) };
        } finally {
          await db.close();
        }
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
