import { describe, expect, it } from 'vitest';
import { findingKey, isFhirId, resourceId, safeId, uuidV5 } from './ids.js';

describe('uuidV5', () => {
  it('matches the RFC 4122 / Python uuid5 vector for the DNS namespace', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives ids that are valid FHIR ids and differ per key', () => {
    const a = resourceId('n-1:smoking-status');
    const b = resourceId('n-2:smoking-status');
    expect(isFhirId(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(resourceId('n-1:smoking-status')).toBe(a);
  });
});

describe('safeId', () => {
  it('keeps ids that fit the FHIR id alphabet', () => {
    expect(safeId('p-101')).toBe('p-101');
    expect(safeId('12345678901234567890')).toBe('12345678901234567890');
  });

  it('hashes ids that do not fit, deterministically', () => {
    for (const raw of ['MRN 0042', 'p_101', 'x'.repeat(65), '患者1', '']) {
      const id = safeId(raw);
      expect(isFhirId(id)).toBe(true);
      expect(id).toMatch(/^h-[0-9a-f]{40}$/);
      expect(safeId(raw)).toBe(id);
    }
    expect(safeId('p_101')).not.toBe(safeId('p_102'));
  });
});

describe('findingKey', () => {
  it('keeps search-special characters out and cannot collide across notes', () => {
    const key = findingKey('a,b|c', 'smoking-status');
    expect(key).not.toMatch(/[,|$\\]/);
    // `:` is outside the note part's alphabet, so note "x" + "y:z" never equals note "x:y" + "z".
    expect(findingKey('x', 'smoking.pack_years')).not.toBe(findingKey('x:smoking', 'pack_years'));
  });
});
