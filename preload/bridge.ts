import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput, type Result } from './contract';

/** How one call reaches the main process: ipcRenderer.invoke in the app, a Playwright binding in the e2e bridge. */
export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;

type Namespace<C extends string> = C extends `${infer N}:${string}` ? N : never;
type Method<C extends Channel> =
  undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/** `window.haven`: one namespace per channel prefix, one method per channel ('vaults:unlock' → haven.vaults.unlock). */
export type HavenApi = {
  [N in Namespace<Channel>]: { [C in Channel as C extends `${N}:${infer M}` ? M : never]: Method<C> };
};

function transportFailure(error: unknown): Result<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: { code: 'internal', message: `Haven couldn't reach its own background process (${detail}). Restart Haven.` },
  };
}

export function createHavenApi(invoke: Invoke): HavenApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split(':') as [string, string];
    const target = (api[namespace] ??= {});
    target[method] = (input?: unknown) => invoke(channel, input).catch(transportFailure);
  }
  return api as unknown as HavenApi;
}
