import { contract } from '../contract';
import {
  envelopeSchema,
  type ApiResponse,
  type Backend,
  type ErrorCode,
} from '../contract/envelope';
import { UserFacingError } from '../core/errors';
import type { Logger } from '../core/logger';
import { readConfig } from '../services/backup/config';
import { layout, listGeneraties } from '../services/backup/folder';
import { backupMap, opentMetMaster } from '../services/backup/restore';
import { rij, type TerugzetVerzoek } from '../services/backup/screen';

// The recovery backend (issue 11): what the transports talk to when the data cannot be opened.
// It answers only herstel.status, herstel.generaties and herstel.terugzetten; no user can log in,
// so a restore is authorised by this machine's master key (it opens the backups' key) or else by
// the herstelsleutel typed on the recovery screen. Everything else is refused in Dutch.

const RECOVERY = [
  'herstel.status',
  'herstel.generaties',
  'herstel.terugzetten',
  'herstel.documentenTerugzetten',
] as const;
type RecoveryName = (typeof RECOVERY)[number];

export interface RecoveryOptions {
  /** Dutch: what is wrong, one sentence each (never a stack trace or a path). */
  readonly problemen: readonly string[];
  readonly configFile: string;
  readonly masterKey: Buffer;
  readonly terugzetten: (request: TerugzetVerzoek) => Promise<void>;
  /**
   * Present when only documents are missing or damaged (the database passed its checks): takes
   * just those from the backup and starts TLA normally; resolves with how many were restored.
   */
  readonly documentenTerugzetten?: (request: DocumentenVerzoek) => Promise<number>;
  readonly logger: Logger;
  /** Called once when the recovery backend closes (the data folder's lock is released). */
  readonly onClose?: () => void;
}

/** Where the documents come from: the configured backup folder or one typed in, and its key. */
export interface DocumentenVerzoek {
  readonly map: string | undefined;
  readonly herstelsleutel: string | undefined;
}

const GENERIC = 'Er ging iets mis in de herstelmodus. Probeer het opnieuw.';
const fail = (code: ErrorCode, message: string, field?: string): ApiResponse => ({
  ok: false,
  error: field ? { code, message, issues: [{ path: field, message }] } : { code, message },
});

export function createRecoveryBackend(o: RecoveryOptions): Backend {
  const configuredMap = (): string | null => {
    try {
      return readConfig(o.configFile).map;
    } catch {
      return null;
    }
  };
  const run: { [N in RecoveryName]: (input: never) => unknown } = {
    'herstel.status': () => ({
      herstelModus: true,
      problemen: [...o.problemen],
      map: configuredMap(),
      documentenTerugzetten: o.documentenTerugzetten !== undefined,
    }),
    'herstel.generaties': (input: { map?: string }) => {
      const map = backupMap(o.configFile, input.map);
      const l = layout(map);
      return {
        map,
        opentZonderHerstelsleutel: opentMetMaster(map, o.masterKey),
        generaties: listGeneraties(l).map(rij),
      };
    },
    'herstel.terugzetten': async (input: {
      map?: string;
      generatie: string;
      herstelsleutel?: string;
    }) => {
      await o.terugzetten({
        map: input.map,
        generatie: input.generatie,
        herstelsleutel: input.herstelsleutel,
        user: null,
      });
      return { ok: true };
    },
    'herstel.documentenTerugzetten': async (input: { map?: string; herstelsleutel?: string }) => {
      if (o.documentenTerugzetten === undefined)
        throw new UserFacingError(
          'domain',
          'Niet alleen documenten zijn beschadigd: zet een hele back-up terug.',
        );
      const hersteld = await o.documentenTerugzetten({
        map: input.map,
        herstelsleutel: input.herstelsleutel,
      });
      return { hersteld };
    },
  };

  return {
    async dispatch(envelope) {
      const env = envelopeSchema.safeParse(envelope);
      if (!env.success) return fail('invalid_input', 'Ongeldig verzoek.');
      const name = env.data.name;
      if (!RECOVERY.some((n) => n === name))
        return fail(
          'forbidden',
          'TLA staat in de herstelmodus: de gegevens konden niet worden geopend. Zet eerst een back-up terug.',
        );
      const proc = contract[name as RecoveryName];
      const input = proc.input.safeParse(env.data.input ?? {});
      if (!input.success) {
        const issue = input.error.issues[0];
        return fail(
          'invalid_input',
          issue?.message ?? 'Controleer de invoer.',
          issue?.path.join('.'),
        );
      }
      try {
        const result = await (run[name as RecoveryName] as (i: unknown) => unknown)(input.data);
        const output = proc.output.safeParse(result);
        if (!output.success) return fail('internal', GENERIC);
        return { ok: true, data: output.data };
      } catch (error) {
        if (error instanceof UserFacingError)
          return fail(
            error.code === 'conflict' || error.code === 'unauthenticated' ? 'domain' : error.code,
            error.message,
            error.field,
          );
        o.logger.error('recovery.failed', {
          procedure: name,
          error: error instanceof Error ? error.name : 'unknown',
        });
        return fail('internal', GENERIC);
      }
    },
    whenIdle: () => Promise.resolve(),
    close: () => o.onClose?.(),
  };
}
