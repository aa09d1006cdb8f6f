/**
 * A request to the background that a worker restart must not lose: Chrome stops an idle service worker
 * and starts it again on the next message, and a message sent while it is going down fails once
 * ("Receiving end does not exist", "message port closed"). Asked again once after a short wait; a second
 * failure is a real one and goes to the caller. Each answer's round trip is visible to the bench
 * (`customs-lens:ask:<type>` measures).
 */
import type { MessageOf, MessageType, Responses } from '../../core/schemas/messages.ts';
import { send } from '../../platform/send-message.ts';

const RETRY_AFTER_MS = 300;

export async function askBackground<T extends MessageType>(
  type: T,
  payload: Omit<MessageOf<T>, 'type'>,
): Promise<Responses[T]> {
  const start = performance.now();
  let answer: Responses[T];
  try {
    answer = await send(type, payload);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    answer = await send(type, payload);
  }
  performance.measure(`customs-lens:ask:${type}`, { start, duration: performance.now() - start });
  return answer;
}
