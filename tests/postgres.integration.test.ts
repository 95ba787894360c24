import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

describe('postgres (throwaway server from globalSetup)', () => {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });

  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it('bulk-inserts with unnest and round-trips UTF-8 (Japanese) text', async () => {
    const ids = [1, 2, 3];
    const texts = ['plain ASCII', '患者は胸痛を訴えた。', 'naïve café – 𝛼 🙂'];
    await client.query('CREATE TABLE emrx_probe (id int PRIMARY KEY, body text NOT NULL)');
    try {
      const inserted = await client.query(
        'INSERT INTO emrx_probe (id, body) SELECT * FROM unnest($1::int[], $2::text[])',
        [ids, texts],
      );
      expect(inserted.rowCount).toBe(3);
      const { rows } = await client.query<{ id: number; body: string; chars: number }>(
        'SELECT id, body, char_length(body) AS chars FROM emrx_probe ORDER BY id',
      );
      expect(rows.map((r) => r.body)).toEqual(texts);
      // The server counts code points, so the bytes arrived as UTF-8, not mangled.
      expect(rows[1]?.chars).toBe([...'患者は胸痛を訴えた。'].length);
      const { rows: enc } = await client.query<{ server_encoding: string }>('SHOW server_encoding');
      expect(enc[0]?.server_encoding).toBe('UTF8');
    } finally {
      await client.query('DROP TABLE emrx_probe');
    }
  });
});
