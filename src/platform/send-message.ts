/**
 * Typed request/response to the background: `send('watch', { parcel })` answers `Responses['watch']`
 * or throws the background's error message. Used by content, popup and options alike.
 */
import browser from 'webextension-polyfill';
import type { MessageOf, MessageType, Reply, Responses } from '../core/schemas/messages.ts';

export async function send<T extends MessageType>(
  type: T,
  payload: Omit<MessageOf<T>, 'type'> = {} as Omit<MessageOf<T>, 'type'>,
): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error('No answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
