/**
 * Typed request/response to the background: `send('watch', { parcel })` answers `Responses['watch']`
 * or throws the background's error message. Used by content, popup and options alike.
 *
 * No webextension-polyfill here: `runtime.sendMessage` returns a promise natively in every browser this
 * extension supports (Firefox's `browser`, Chrome's MV3 `chrome`, from the manifest's minimum versions),
 * and the polyfill would cost the on-demand panel module about 3 KB gzip.
 */
import type { MessageOf, MessageType, Reply, Responses } from '../core/schemas/messages.ts';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };
const runtime = (): Runtime =>
  ((globalThis as { browser?: { runtime: Runtime } }).browser ?? (chrome as unknown as { runtime: Runtime })).runtime;

export async function send<T extends MessageType>(
  type: T,
  payload: Omit<MessageOf<T>, 'type'> = {} as Omit<MessageOf<T>, 'type'>,
): Promise<Responses[T]> {
  const reply = (await runtime().sendMessage({ type, ...payload })) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error('No answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
