/** The one IPC channel between preload and main; shared so both sides cannot drift apart. */
export const CALL_CHANNEL = 'tla:call';
