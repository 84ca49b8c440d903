import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decodeMarker,
  decodeSlot,
  encodeSlot,
  openAuditHeadMarker,
  readAuditHeadMarker,
  auditHeadMarkerPath,
} from '../../../electron/services/audit-head';

// The marker file of the audit head: two slots with their own checksum, so a write torn by a power
// loss spoils at most the slot being written and the reader falls back to the other (an older head).

const h = (id: number, c = 'a') => ({ id, hash: c.repeat(64) });

function file(a: Buffer | null, b: Buffer | null): Buffer {
  const bytes = Buffer.alloc(1024);
  a?.copy(bytes, 0);
  b?.copy(bytes, 512);
  return bytes;
}

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('a slot', () => {
  it('round-trips id and hash', () => {
    expect(decodeSlot(encodeSlot(h(123_456_789, 'c')))).toEqual(h(123_456_789, 'c'));
  });

  it('is refused when any byte is changed', () => {
    const slot = encodeSlot(h(42));
    for (let i = 0; i < slot.length; i += 1) {
      const bad = Buffer.from(slot);
      bad[i] = (bad[i] as number) ^ 1;
      expect(decodeSlot(bad), `byte ${i}`).toBeNull();
    }
  });

  it('takes only a SHA-256 hash in hex', () => {
    expect(() => encodeSlot({ id: 1, hash: 'x' })).toThrow();
  });
});

describe('the marker', () => {
  it('takes the valid slot with the highest id', () => {
    expect(decodeMarker(file(encodeSlot(h(5)), encodeSlot(h(6, 'b'))))).toEqual({
      state: 'present',
      head: h(6, 'b'),
      slot: 1,
    });
    expect(decodeMarker(file(encodeSlot(h(7)), encodeSlot(h(6, 'b'))))).toMatchObject({
      head: h(7),
      slot: 0,
    });
  });

  it('falls back to the other slot when one is torn, and is damaged when none is valid', () => {
    const torn = Buffer.from(encodeSlot(h(9)));
    torn.fill(0, 20, 64);
    expect(decodeMarker(file(torn, encodeSlot(h(8))))).toMatchObject({ head: h(8) });
    expect(decodeMarker(file(torn, null))).toEqual({ state: 'damaged' });
    expect(decodeMarker(Buffer.alloc(10))).toEqual({ state: 'damaged' });
  });

  it('is written in turn to each slot, so the one before stays readable', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-head-'));
    const dbPath = path.join(dir, 'tla.sqlite');
    expect(readAuditHeadMarker(auditHeadMarkerPath(dbPath))).toEqual({ state: 'absent' });
    const marker = openAuditHeadMarker(dbPath, h(1));
    marker.record(h(2, 'b'));
    marker.record(h(3, 'c'));
    const bytes = fs.readFileSync(auditHeadMarkerPath(dbPath));
    marker.close();
    expect(bytes.length).toBe(1024);
    const slots = [decodeSlot(bytes.subarray(0, 64)), decodeSlot(bytes.subarray(512, 576))];
    expect(slots.map((s) => s?.id).sort()).toEqual([2, 3]);
    expect(readAuditHeadMarker(auditHeadMarkerPath(dbPath))).toMatchObject({ head: h(3, 'c') });
    // Reopened: the next head goes to the slot holding the older one.
    const again = openAuditHeadMarker(dbPath, h(4, 'd'));
    again.close();
    const after = fs.readFileSync(auditHeadMarkerPath(dbPath));
    const ids = [decodeSlot(after.subarray(0, 64)), decodeSlot(after.subarray(512, 576))].map(
      (s) => s?.id,
    );
    expect(ids.sort()).toEqual([3, 4]);
  });
});
