/**
 * A request to the background that a worker restart must not lose: Chrome stops an idle service worker
 * and starts it again on the next message, and a message sent while it is going down fails once
 * ("Receiving end does not exist", "message port closed"). Asked again once after a short wait; a second
 * failure is a real one and goes to the caller.
 */
import type { MessageOf, MessageType, Responses } from '../../core/schemas/messages.ts';
import { send } from '../../platform/send-message.ts';

const RETRY_AFTER_MS = 300;

export async function askBackground<T extends MessageType>(
  type: T,
  payload: Omit<MessageOf<T>, 'type'>,
): Promise<Responses[T]> {
  try {
    return await send(type, payload);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    return send(type, payload);
  }
}
