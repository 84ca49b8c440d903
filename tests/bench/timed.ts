import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/contract/envelope';

/**
 * The backend with each procedure's own time (dispatch: zod, session, handler, output) told to
 * `onCall`, apart from the HTTP round trip around it.
 */
export function timedBackend(
  backend: Backend,
  onCall: (name: unknown, ms: number) => void,
): Backend {
  return {
    ...backend,
    dispatch: async (envelope, herkomst) => {
      const t0 = performance.now();
      const r = await backend.dispatch(envelope, herkomst);
      onCall((envelope as { name?: unknown } | null)?.name, performance.now() - t0);
      return r;
    },
  };
}
