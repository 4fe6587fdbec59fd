import {
  contract,
  ErrorCode,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ChannelParsed,
  type HavenErrorValue,
  type Result,
} from '../../preload/contract';
import { HavenError } from '../errors';

export type Handlers = {
  [C in Channel]: (input: ChannelParsed<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface Router {
  handle(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const failure = (error: HavenErrorValue): Result<never> => ({ ok: false, error });

/**
 * An input issue that names its own error code (the contract's EditorDocument does) is a refusal written for
 * the person, not a malformed request: it is answered with that code and its message as they are.
 */
function ownRefusal(issues: readonly { code: string; message: string; params?: unknown }[]): HavenErrorValue | null {
  for (const issue of issues) {
    const code = ErrorCode.safeParse((issue.params as { errorCode?: unknown } | undefined)?.errorCode);
    if (issue.code === 'custom' && code.success) return { code: code.data, message: issue.message };
  }
  return null;
}

/**
 * channel → validated input → handler → typed result. Independent of ipcMain so the same router serves the
 * Electron app, unit tests and the e2e bridge. Nothing thrown escapes: unexpected errors become a plain
 * message, and their details stay out of the window.
 */
export function createRouter(
  handlers: Handlers,
  onUnexpected: (error: unknown) => void = () => {},
  /** Damage found by a call (a page that fails authentication): the session's answer to it, or null if not damage. */
  onDamage: (error: unknown) => HavenError | null = () => null,
): Router {
  return {
    async handle(channel, payload) {
      if (!isChannel(channel)) {
        return failure({ code: 'unknown-channel', message: `Haven has no request called "${String(channel)}".` });
      }
      const parsed = contract[channel].input.safeParse(payload);
      if (!parsed.success) {
        const refusal = ownRefusal(parsed.error.issues);
        if (refusal) return failure(refusal);
        return failure({
          code: 'invalid-input',
          message: `That request didn't have the right shape (${describeIssues(parsed.error.issues)}).`,
        });
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        if (error instanceof HavenError) {
          return failure({
            code: error.code,
            message: error.message,
            ...(error.details ? { details: error.details } : {}),
          });
        }
        const damage = onDamage(error);
        if (damage) {
          return failure({
            code: damage.code,
            message: damage.message,
            ...(damage.details ? { details: damage.details } : {}),
          });
        }
        onUnexpected(error);
        return failure({
          code: 'internal',
          message: 'Something went wrong inside Haven. Your saved writing is safe; try again, or restart Haven.',
        });
      }
    },
  };
}
