import { z } from 'zod';

// The one thing the renderer asks the Electron shell besides procedures (issue 11, item 3): the
// operating system's folder dialog, to choose the backup folder. Its own narrow IPC channel: the
// renderer names what the folder is for and gets back only the path the user chose (or null when
// the dialog was cancelled). The backend still checks the folder when it is saved
// (backup.mapZetten: absolute, exists, writable, outside the data folder). Not available in the
// browser transport (electron/http): there the path is typed.

export const KIES_MAP_CHANNEL = 'tla:kiesMap';

export const kiesMapInput = z.object({ doel: z.literal('backup') }).strict();
export type KiesMapInput = z.infer<typeof kiesMapInput>;

export const kiesMapOutput = z.object({ map: z.string().min(1).max(1000).nullable() }).strict();
export type KiesMapOutput = z.infer<typeof kiesMapOutput>;

/** The dialog's Dutch texts, per purpose. */
export const KIES_MAP_TEKST = {
  backup: { title: 'Kies de map voor de back-ups', buttonLabel: 'Deze map kiezen' },
} as const satisfies Record<KiesMapInput['doel'], { title: string; buttonLabel: string }>;
