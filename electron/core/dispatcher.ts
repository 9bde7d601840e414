// The one binding of the contract, used by the Electron IPC door, the browser host and the
// tests alike. For every call: known channel, session and role, input parsed as unknown
// against the contract, the handler, the output checked, errors mapped to one envelope.
import { contract, isChannelName } from '../../shared/contract/index.ts';
import { roleAllowed } from '../../shared/contract/channel.ts';
import { AppError, type Envelope } from '../../shared/errors.ts';
import { issuesToFieldKeys } from '../../shared/validation/issues.ts';
import { translateError } from '../../shared/i18n/translate.ts';
import type { Ctx, Handlers, Session } from './context.ts';
import { toErrorPayload, internalError } from './errors.ts';

export interface Dispatcher {
  invoke(channel: unknown, input: unknown, token: string | null): Promise<Envelope<unknown>>;
}

export interface DispatcherDeps {
  handlers: Handlers;
  session(token: string | null): Session | null;
  makeCtx(session: Session | null): Ctx;
  onInternalError?(channel: string, err: unknown): void;
}

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  return {
    async invoke(channel, input, token) {
      try {
        if (!isChannelName(channel)) {
          throw new AppError('UNKNOWN_CHANNEL', 'request.unknownChannel', { params: { channel: String(channel).slice(0, 80) } });
        }
        const def = contract[channel];
        const session = deps.session(token);
        if (def.access !== 'public') {
          if (!session) throw new AppError('UNAUTHENTICATED', 'auth.required');
          if (!roleAllowed(def.access, session.role)) {
            throw new AppError('FORBIDDEN', 'auth.forbidden', { params: { role: translateError(`roles.${session.role}`) } });
          }
        }
        const parsed = def.input.safeParse(input);
        if (!parsed.success) {
          throw new AppError('VALIDATION', 'validation.failed', { fieldKeys: issuesToFieldKeys(parsed.error.issues) });
        }
        const handler = deps.handlers[channel] as (ctx: Ctx, input: unknown) => unknown;
        const raw = await handler(deps.makeCtx(session), parsed.data);
        const out = def.output.safeParse(raw);
        if (!out.success) {
          deps.onInternalError?.(channel, new Error(`output of ${channel} broke the contract: ${out.error.message}`));
          return { ok: false, error: internalError() };
        }
        return { ok: true, result: out.data };
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: toErrorPayload(err) };
        deps.onInternalError?.(String(channel), err);
        return { ok: false, error: internalError() };
      }
    },
  };
}
