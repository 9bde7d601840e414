// Typed calls into the main process, derived from the contract: a renamed channel or field is
// a compile error here. Failures arrive as ApiError carrying the error payload.
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/index.ts';
import type { ErrorPayload } from '../../shared/errors.ts';

export class ApiError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.payload = payload;
  }
  get code() {
    return this.payload.code;
  }
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** The session layer listens here to return to the sign-in screen when a session ends. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export async function invoke<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  if (!window.hamyar) throw new Error('window.hamyar is missing: neither the preload nor the HTTP bridge is installed');
  const envelope = await window.hamyar.invoke(channel, input);
  if (envelope.ok) return envelope.result as OutputOf<K>;
  const error = new ApiError(envelope.error);
  if (error.code === 'UNAUTHENTICATED' && channel !== 'auth.signIn') for (const l of unauthenticatedListeners) l(error);
  throw error;
}
