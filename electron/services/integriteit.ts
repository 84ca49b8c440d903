import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { brieven, documenten, vergaderingen } from '../../db/schema';
import type { AuditEntry, DocumentStore } from '../core/context';
import type { IntegrityProblem } from '../core/integrity';
import type { Logger } from '../core/logger';
import { statBlob, verifyBlob, type BlobRef, type BlobState } from '../documents/check';
import {
  auditWindowStart,
  blobProblems,
  CHAIN_BROKEN,
  headProblem,
  headVerdict,
  type AuditHead,
  type BlobCount,
} from '../domain/integriteit';
import { AUDIT_GENESIS, auditHead, auditRowAt, verifyAuditRows } from './audit';
import { auditHeadMarkerPath, readAuditHeadMarker } from './audit-head';

// The checks at start and after it (issue 11, "corruption is never silent"). At start, before the
// backend writes anything: the head of the audit chain kept outside the database is in it, the chain
// verifies over a window before it, and every blob a row names is present and of the right length.
// After start, in the background: the whole chain and every blob decrypted and hashed; what it finds
// is kept for the beheerder (`beheer.integriteit`), logged (hashes only) and written to the audit log.

/** Every blob the rows name, with the rows (ids only) that name it. */
export interface BlobUse extends BlobRef {
  readonly documentIds: number[];
  readonly briefIds: number[];
  readonly vergaderingIds: number[];
}

export function blobUses(db: Db): Map<string, BlobUse> {
  const uses = new Map<string, BlobUse>();
  const use = (sha256: string, size: number | null): BlobUse => {
    let u = uses.get(sha256);
    if (!u) {
      u = { sha256, size, documentIds: [], briefIds: [], vergaderingIds: [] };
      uses.set(sha256, u);
    }
    return u;
  };
  for (const d of db
    .select({ id: documenten.id, sha256: documenten.sha256, size: documenten.size })
    .from(documenten)
    .all())
    use(d.sha256, d.size).documentIds.push(d.id);
  for (const b of db
    .select({ id: brieven.id, sha256: brieven.sha256, size: brieven.size })
    .from(brieven)
    .all())
    use(b.sha256, b.size).briefIds.push(b.id);
  for (const v of db
    .select({ id: vergaderingen.id, sha256: vergaderingen.notulenSha256 })
    .from(vergaderingen)
    .where(isNotNull(vergaderingen.notulenSha256))
    .all())
    use(v.sha256 as string, null).vergaderingIds.push(v.id);
  return uses;
}

/** The ids of the rows whose blob is missing or damaged. */
export interface DamagedRows {
  readonly documentIds: number[];
  readonly briefIds: number[];
  readonly vergaderingIds: number[];
}

const countOf = (r: DamagedRows): BlobCount => ({
  documenten: r.documentIds.length,
  brieven: r.briefIds.length,
  notulen: r.vergaderingIds.length,
});

const emptyRows = (): DamagedRows => ({ documentIds: [], briefIds: [], vergaderingIds: [] });

function addRows(into: DamagedRows, use: BlobUse): void {
  into.documentIds.push(...use.documentIds);
  into.briefIds.push(...use.briefIds);
  into.vergaderingIds.push(...use.vergaderingIds);
}

export interface StartCheck {
  readonly problems: IntegrityProblem[];
  /** Found but not a reason to refuse: e.g. the marker was absent (first start of this version). */
  readonly warnings: string[];
  /** The database's head now (the marker is made to name it once the start goes on). */
  readonly head: AuditHead;
  readonly blobs: number;
  readonly auditRows: number;
  readonly ms: number;
}

/**
 * The checks at start. Reads only: a refused start leaves the folder as it found it (the orphan
 * sweep and the marker run after, in backend.ts).
 */
export function checkAtStart(
  sqlite: Database.Database,
  db: Db,
  dbPath: string,
  documentsDir: string,
): StartCheck {
  const t0 = performance.now();
  const problems: IntegrityProblem[] = [];
  const warnings: string[] = [];
  const head = auditHead(db);

  // 1. The last acknowledged commit: the head named outside the database is in it.
  const marker = readAuditHeadMarker(auditHeadMarkerPath(dbPath));
  let windowFrom = auditWindowStart(head.id);
  if (marker.state === 'present') {
    const verdict = headVerdict(marker.head, auditRowAt(sqlite, marker.head.id));
    if (verdict !== 'present') problems.push(headProblem(verdict));
    windowFrom = Math.min(windowFrom, auditWindowStart(marker.head.id));
  } else if (head.id > 0) {
    warnings.push(
      marker.state === 'absent'
        ? 'Het bestand met de laatste stand van de auditlog ontbrak; het is opnieuw aangemaakt.'
        : 'Het bestand met de laatste stand van de auditlog was beschadigd; het is opnieuw aangemaakt.',
    );
  }
  // 2. The chain over a window before the head (the whole chain: in the background).
  let auditRows = 0;
  if (problems.length === 0 && head.id > 0) {
    const walk = verifyAuditRows(
      sqlite,
      windowFrom,
      head.id - windowFrom + 1,
      windowFrom === 1 ? AUDIT_GENESIS : null,
    );
    auditRows = walk.rows;
    if (walk.broken !== null || walk.last?.id !== head.id) problems.push(CHAIN_BROKEN);
  }

  // 3. The document store: every blob present and of its length.
  const uses = blobUses(db);
  const missing = emptyRows();
  const damaged = emptyRows();
  const shas = { missing: [] as string[], damaged: [] as string[] };
  for (const use of uses.values()) {
    const state = statBlob(documentsDir, use);
    if (state === 'ok') continue;
    addRows(state === 'missing' ? missing : damaged, use);
    shas[state].push(use.sha256);
  }
  // With their hashes: the recovery mode can take just these blobs from the backup.
  problems.push(
    ...blobProblems(countOf(missing), countOf(damaged)).map((p) => ({
      ...p,
      blobs: p.kind === 'document_missing' ? shas.missing : shas.damaged,
    })),
  );

  return {
    problems,
    warnings,
    head,
    blobs: uses.size,
    auditRows,
    ms: Math.round(performance.now() - t0),
  };
}

/** What the beheerder sees of the checks (`beheer.integriteit`). */
export interface IntegrityStatus {
  readonly start: {
    readonly op: string;
    readonly duurMs: number;
    readonly bestanden: number;
    readonly auditRegels: number;
    readonly waarschuwingen: string[];
  };
  readonly achtergrond: {
    readonly status: 'wacht' | 'bezig' | 'klaar' | 'gestopt';
    readonly begonnenOp: string | null;
    readonly klaarOp: string | null;
    readonly bestandenGecontroleerd: number;
    readonly bestandenTotaal: number;
    readonly auditRegels: number;
    readonly auditKeten: 'ok' | 'verbroken' | null;
  };
  /** Found in the background or when a reader opened the file; ids only. */
  readonly beschadigd: DamagedRows;
  readonly ontbrekend: DamagedRows;
  /** Dutch: what is wrong, or null when nothing is. */
  readonly melding: string | null;
}

const CHAIN_CHUNK = 500;

/** Keeps the status, runs the background check and hears of blobs a reader could not open. */
export class IntegrityMonitor {
  private readonly damagedShas = new Map<string, 'missing' | 'damaged'>();
  private uses: Map<string, BlobUse> = new Map();
  private background: IntegrityStatus['achtergrond'] = {
    status: 'wacht',
    begonnenOp: null,
    klaarOp: null,
    bestandenGecontroleerd: 0,
    bestandenTotaal: 0,
    auditRegels: 0,
    auditKeten: null,
  };
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly startCheck: StartCheck,
    private readonly startedAt: string,
    private readonly deps: {
      readonly sqlite: Database.Database;
      readonly db: Db;
      readonly docs: DocumentStore;
      readonly logger: Logger;
      readonly clock: () => Date;
      /** Writes one audit row in its own transaction (and moves the head marker). */
      readonly audit: (entry: Omit<AuditEntry, 'actorUserId'>) => void;
    },
  ) {}

  /** Starts the background check after `delayMs` (the timer does not keep the process alive). */
  schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runBackground();
    }, delayMs);
    this.timer.unref();
  }

  /** Resolves when the background check is done (or was never started); for tests. */
  whenChecked(): Promise<void> {
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** A reader found a blob missing or damaged (documents/check.ts withDutchReadErrors). */
  noteUnreadable(sha256: string, state: 'missing' | 'damaged'): void {
    if (this.damagedShas.get(sha256) === state) return;
    this.damagedShas.set(sha256, state);
    this.deps.logger.error('integrity.blob_unreadable', { sha256, state });
    if (!this.uses.has(sha256)) this.uses = blobUses(this.deps.db);
  }

  /** A blob was written again whole (one document restored from a backup): no longer damaged. */
  noteRepaired(sha256: string): void {
    this.damagedShas.delete(sha256);
  }

  status(): IntegrityStatus {
    const beschadigd = emptyRows();
    const ontbrekend = emptyRows();
    for (const [sha, state] of this.damagedShas) {
      const use = this.uses.get(sha);
      if (use) addRows(state === 'missing' ? ontbrekend : beschadigd, use);
    }
    const chainBroken = this.background.auditKeten === 'verbroken';
    const messages = [
      ...blobProblems(countOf(ontbrekend), countOf(beschadigd)).map((p) => p.message),
      ...(chainBroken ? [CHAIN_BROKEN.message] : []),
    ];
    return {
      start: {
        op: this.startedAt,
        duurMs: this.startCheck.ms,
        bestanden: this.startCheck.blobs,
        auditRegels: this.startCheck.auditRows,
        waarschuwingen: this.startCheck.warnings,
      },
      achtergrond: this.background,
      beschadigd,
      ontbrekend,
      melding: messages.length > 0 ? messages.join(' ') : null,
    };
  }

  private async runBackground(): Promise<void> {
    const { sqlite, db, docs, logger, clock } = this.deps;
    const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
    try {
      this.uses = blobUses(db);
      this.background = {
        ...this.background,
        status: 'bezig',
        begonnenOp: clock().toISOString(),
        bestandenTotaal: this.uses.size,
      };
      // The whole audit chain, in parts.
      let prev = AUDIT_GENESIS;
      let from = 1;
      let rows = 0;
      let broken = false;
      for (;;) {
        if (this.stopped) return this.halt();
        const walk = verifyAuditRows(sqlite, from, CHAIN_CHUNK, prev);
        rows += walk.rows;
        if (walk.broken !== null) {
          broken = true;
          logger.error('integrity.audit_chain_broken', { id: walk.broken });
          break;
        }
        if (walk.rows < CHAIN_CHUNK || walk.last === null) break;
        prev = walk.last.hash;
        from = walk.last.id + 1;
        this.background = { ...this.background, auditRegels: rows };
        await yieldNow();
      }
      this.background = {
        ...this.background,
        auditRegels: rows,
        auditKeten: broken ? 'verbroken' : 'ok',
      };
      // Every blob, decrypted and hashed, one at a time.
      let checked = 0;
      let found = 0;
      for (const use of [...this.uses.values()]) {
        if (this.stopped) return this.halt();
        await yieldNow();
        if (this.stopped) return this.halt();
        const state: BlobState = verifyBlob(docs, use.sha256);
        if (state !== 'ok') {
          found += 1;
          this.damagedShas.set(use.sha256, state);
          logger.error('integrity.blob_damaged', { sha256: use.sha256, state });
        }
        checked += 1;
        this.background = { ...this.background, bestandenGecontroleerd: checked };
      }
      this.background = { ...this.background, status: 'klaar', klaarOp: clock().toISOString() };
      if (found > 0 || broken) {
        const s = this.status();
        this.deps.audit({
          action: 'integriteit.controle',
          objectType: 'database',
          objectId: null,
          details: JSON.stringify({
            documentenBeschadigd: s.beschadigd.documentIds.length + s.ontbrekend.documentIds.length,
            brievenBeschadigd: s.beschadigd.briefIds.length + s.ontbrekend.briefIds.length,
            notulenBeschadigd:
              s.beschadigd.vergaderingIds.length + s.ontbrekend.vergaderingIds.length,
            auditKeten: broken ? 'verbroken' : 'ok',
          }),
        });
      }
    } catch (error) {
      // The database was closed under the check, or it failed: never take the backend down.
      if (!this.stopped)
        logger.error('integrity.background_failed', {
          error: error instanceof Error ? error.name : 'unknown',
        });
      this.halt();
    }
  }

  private halt(): void {
    this.background = { ...this.background, status: 'gestopt' };
  }
}
