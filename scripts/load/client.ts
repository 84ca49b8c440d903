import https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract';

// One simulated user's connection to the TLA server: a keep-alive HTTPS agent that trusts only the
// server's certificate and binds to the user's own loopback address (127.0.0.x: each user is a
// client address of its own, as at separate desks, so the per-address rate limit applies as it
// would). Every call is timed under its procedure's name; a failure is counted by its code.

export interface Metrics {
  readonly times: Map<string, number[]>;
  /** Failures per procedure. */
  readonly failures: Map<string, number>;
  /** Failures per code (the envelope's code, `http_<status>` or `netwerk_<errno>`). */
  readonly codes: Map<string, number>;
  /** The first message seen per procedure and code (Dutch, from the server). */
  readonly examples: Map<string, string>;
}

export function newMetrics(): Metrics {
  return { times: new Map(), failures: new Map(), codes: new Map(), examples: new Map() };
}

const bump = (m: Map<string, number>, key: string): void => {
  m.set(key, (m.get(key) ?? 0) + 1);
};

export class CallFailed extends Error {
  constructor(
    readonly procedure: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface RawAnswer {
  readonly status: number;
  readonly bytes: Buffer;
}

export class ServerClient {
  private readonly agent: https.Agent;
  session: string | undefined;
  /** False while logging in and setting up: those calls are not part of the figures. */
  measuring = false;

  constructor(
    private readonly port: number,
    private readonly ca: string,
    /** Where the calls are counted; the run swaps the setup's for its own. */
    public metrics: Metrics,
    private readonly localAddress: string,
  ) {
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 2, ca, localAddress });
  }

  private request(method: string, path: string, headers: Record<string, string>, body?: string) {
    return new Promise<RawAnswer>((resolve, reject) => {
      const req = https.request(
        {
          host: '127.0.0.1',
          port: this.port,
          path,
          method,
          headers,
          agent: this.agent,
          localAddress: this.localAddress,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  private record(procedure: string, ms: number, code: string | null, message = ''): void {
    if (!this.measuring) return;
    if (code === null) {
      const list = this.metrics.times.get(procedure) ?? [];
      list.push(ms);
      this.metrics.times.set(procedure, list);
      return;
    }
    bump(this.metrics.failures, procedure);
    bump(this.metrics.codes, code);
    const key = `${procedure} · ${code}`;
    if (!this.metrics.examples.has(key)) this.metrics.examples.set(key, message.slice(0, 200));
  }

  private async timed<T>(procedure: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      const result = await run();
      this.record(procedure, performance.now() - start, null);
      return result;
    } catch (error) {
      if (error instanceof CallFailed) this.record(procedure, 0, error.code, error.message);
      else {
        const errno = (error as { code?: unknown }).code;
        const code = `netwerk_${typeof errno === 'string' ? errno : 'onbekend'}`;
        this.record(procedure, 0, code, error instanceof Error ? error.message : String(error));
        throw new CallFailed(procedure, code, 'De verbinding met de server faalde.');
      }
      throw error;
    }
  }

  /**
   * `POST /api/call` with the envelope; the data, or a CallFailed with the server's code. Timed
   * under `label` (default the procedure's name), e.g. werk.mijn per role.
   */
  call<N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    label: string = name,
  ): Promise<OutputOf<N>> {
    return this.timed(label, async () => {
      const envelope = { name, input, ...(this.session ? { session: this.session } : {}) };
      const answer = await this.request(
        'POST',
        '/api/call',
        { 'Content-Type': 'application/json' },
        JSON.stringify(envelope),
      );
      if (answer.status !== 200) {
        throw new CallFailed(name, `http_${answer.status}`, answer.bytes.toString().slice(0, 200));
      }
      const parsed = JSON.parse(answer.bytes.toString()) as
        { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
      if (!parsed.ok) throw new CallFailed(name, parsed.error.code, parsed.error.message);
      return parsed.data as OutputOf<N>;
    });
  }

  /** `GET /api/document/:id` with the session as a bearer: the PDF's bytes. */
  document(documentId: number): Promise<Buffer> {
    return this.timed('GET /api/document', async () => {
      const answer = await this.request('GET', `/api/document/${documentId}`, {
        Authorization: `Bearer ${this.session ?? ''}`,
      });
      if (answer.status !== 200) {
        let code = `http_${answer.status}`;
        try {
          code = (JSON.parse(answer.bytes.toString()) as { error: { code: string } }).error.code;
        } catch {
          // not the envelope: keep the status
        }
        throw new CallFailed('GET /api/document', code, answer.bytes.toString().slice(0, 200));
      }
      return answer.bytes;
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
