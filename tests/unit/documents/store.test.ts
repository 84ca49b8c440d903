import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BlobVerifyError,
  createDocumentStore,
  type StoreIo,
} from '../../../electron/documents/store';

// Issue 11: the store acknowledges a blob only when it is whole on disk. The file operations are
// injected so a short write, a full disk or a write that lies can be made to happen.

let dir: string;
const key = randomBytes(32);
const content = randomBytes(300_000);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-store-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every file left in the store (blobs and temp files). */
const files = () =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('put: every byte, or an error', () => {
  it('writes on when a write takes fewer bytes than asked, and the blob reads back whole', () => {
    const sizes: number[] = [];
    const store = createDocumentStore(dir, key, {
      io: {
        // At most 64 KiB per write, as a nearly full or a network disk may do.
        writeSync: (fd, buffer, offset, length) => {
          const n = fs.writeSync(fd, buffer, offset, Math.min(length, 65_536));
          sizes.push(n);
          return n;
        },
      },
    });
    const { sha256, size } = store.put(content);
    expect(size).toBe(content.length);
    expect(sizes.length).toBeGreaterThan(4); // it really was written in pieces
    expect(store.get(sha256).equals(content)).toBe(true);
    expect(files()).toEqual([`${sha256}.bin`]);
  });

  it('throws on a full disk part-way and leaves neither a blob nor a temp file', () => {
    let calls = 0;
    const store = createDocumentStore(dir, key, {
      io: {
        writeSync: (fd, buffer, offset, length) => {
          calls += 1;
          if (calls > 1) throw enospc();
          return fs.writeSync(fd, buffer, offset, Math.min(length, 100_000));
        },
      },
    });
    expect(() => store.put(content)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(files()).toEqual([]);
    expect(store.has(createHashHex(content))).toBe(false);
  });

  it('never acknowledges a blob a write reported whole but did not write (it verifies)', () => {
    // The fault of the past: a write that took 716,800 of 1,574,519 bytes while the caller
    // assumed all. Here the write even claims it wrote everything.
    const store = createDocumentStore(dir, key, {
      io: {
        writeSync: (fd, buffer, offset, length) => {
          fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
          return length;
        },
      },
    });
    expect(() => store.put(content)).toThrow(BlobVerifyError);
    expect(files()).toEqual([]);
  });

  it('does not spin on a write that makes no progress', () => {
    const store = createDocumentStore(dir, key, { io: { writeSync: () => 0 } });
    expect(() => store.put(content)).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(files()).toEqual([]);
  });

  it('fsyncs the file before the rename, then the folder and the new 2-character folder', () => {
    const log: string[] = [];
    const names = new Map<number, string>();
    const io: Partial<StoreIo> = {
      openSync: (file, flags) => {
        const fd = fs.openSync(file, flags);
        names.set(fd, file.endsWith('.tmp') ? 'tmp' : file === dir ? 'store' : 'subfolder');
        return fd;
      },
      writeSync: (fd, buffer, offset, length) => {
        log.push(`write ${names.get(fd)}`);
        return fs.writeSync(fd, buffer, offset, length);
      },
      fsyncSync: (fd) => {
        log.push(`fsync ${names.get(fd)}`);
        fs.fsyncSync(fd);
      },
      renameSync: (from, to) => {
        log.push('rename');
        fs.renameSync(from, to);
      },
    };
    const store = createDocumentStore(dir, key, { io });
    store.put(content);
    expect(log).toEqual(['write tmp', 'fsync tmp', 'rename', 'fsync subfolder', 'fsync store']);
    log.length = 0;
    // A second blob in the same 2-character folder: that folder is fsynced, the store's is not.
    const other = findContentInSameFolder(content);
    store.put(other);
    expect(log).toEqual(['write tmp', 'fsync tmp', 'rename', 'fsync subfolder']);
  });

  it('throws when the folder cannot be made durable, and removes the blob it renamed', () => {
    const store = createDocumentStore(dir, key, {
      io: {
        fsyncSync: (fd) => {
          if (fs.fstatSync(fd).isDirectory())
            throw Object.assign(new Error('EIO'), { code: 'EIO' });
          fs.fsyncSync(fd);
        },
      },
    });
    expect(() => store.put(content)).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(files()).toEqual([]);
  });

  it('writes again a damaged blob of the same content instead of trusting its name', () => {
    const store = createDocumentStore(dir, key);
    const { sha256 } = store.put(content);
    const file = path.join(dir, sha256.slice(0, 2), `${sha256}.bin`);
    fs.truncateSync(file, 71_680);
    expect(() => store.get(sha256)).toThrow();
    store.put(content);
    expect(store.get(sha256).equals(content)).toBe(true);
  });
});

function createHashHex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Other content whose blob lands in the same 2-character folder as `bytes`. */
function findContentInSameFolder(bytes: Uint8Array): Buffer {
  const prefix = createHashHex(bytes).slice(0, 2);
  for (;;) {
    const candidate = randomBytes(1024);
    if (createHashHex(candidate).startsWith(prefix)) return candidate;
  }
}
