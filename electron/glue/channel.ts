// The single IPC channel between the preload and the main process. Pure constant: the preload
// bundle inlines it, the main process registers it.
export const INVOKE_CHANNEL = 'hamyar:invoke';
