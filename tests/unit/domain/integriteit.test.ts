import { describe, expect, it } from 'vitest';
import {
  auditWindowStart,
  blobProblems,
  dutchBlobCount,
  headVerdict,
  NO_BLOBS,
} from '../../../electron/domain/integriteit';

const h = (id: number, c = 'a') => ({ id, hash: c.repeat(64) });

describe('the head of the audit chain kept outside the database', () => {
  it('is present when the database holds that row with that hash, or names an empty chain', () => {
    expect(headVerdict(h(7), h(7))).toBe('present');
    expect(headVerdict(h(0, '0'), null)).toBe('present');
  });

  it('is missing when the database lacks the row, different when another row is there', () => {
    expect(headVerdict(h(7), null)).toBe('missing');
    expect(headVerdict(h(7), h(7, 'b'))).toBe('different');
  });

  it('is checked with a window of 1000 rows before it, never before row 1', () => {
    expect(auditWindowStart(5000)).toBe(4001);
    expect(auditWindowStart(1000)).toBe(1);
    expect(auditWindowStart(10)).toBe(1);
    expect(auditWindowStart(0)).toBe(1);
    expect(auditWindowStart(50, 10)).toBe(41);
  });
});

describe('the Dutch counts of blobs', () => {
  it('names only the kinds that occur, singular and plural', () => {
    expect(dutchBlobCount({ documenten: 1, brieven: 0, notulen: 0 })).toBe('1 document');
    expect(dutchBlobCount({ documenten: 3, brieven: 1, notulen: 0 })).toBe(
      '3 documenten en 1 brief',
    );
    expect(dutchBlobCount({ documenten: 2, brieven: 2, notulen: 2 })).toBe(
      '2 documenten, 2 brieven en 2 verslagen van een vergadering',
    );
    expect(dutchBlobCount({ documenten: 0, brieven: 0, notulen: 1 })).toBe(
      '1 verslag van een vergadering',
    );
  });

  it('gives one problem per kind of damage, none when all is well', () => {
    expect(blobProblems(NO_BLOBS, NO_BLOBS)).toEqual([]);
    expect(blobProblems({ documenten: 1, brieven: 0, notulen: 0 }, NO_BLOBS)).toEqual([
      { kind: 'document_missing', message: '1 document ontbreekt in de documentopslag.' },
    ]);
    expect(
      blobProblems(
        { documenten: 2, brieven: 1, notulen: 0 },
        { documenten: 0, brieven: 1, notulen: 0 },
      ),
    ).toEqual([
      {
        kind: 'document_missing',
        message: '2 documenten en 1 brief ontbreken in de documentopslag.',
      },
      {
        kind: 'document_damaged',
        message: '1 brief in de documentopslag is beschadigd of onvolledig.',
      },
    ]);
  });
});
