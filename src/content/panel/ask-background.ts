/**
 * A request to the background that a worker restart must not lose. Chrome stops an idle service worker
 * and starts it again on the next message; a message sent while it is going down either fails at once
 * ("Receiving end does not exist", "message port closed") or is never answered at all (seen in 2 of 15
 * loads right after `ServiceWorker.stopAllWorkers`: the promise neither resolved nor rejected and no
 * worker was running 8 s later). So each attempt has a deadline, and a failed or unanswered one is asked
 * again, after a short wait; the last failure goes to the caller. Each answer's round trip is visible
 * to the bench (`customs-lens:ask:<type>` measures).
 */
import type { MessageOf, MessageType, Responses } from '../../core/schemas/messages.ts';
import { send } from '../../platform/send-message.ts';

/** Longest wait for one answer: a cold worker answers the largest reading in well under a second. */
const ATTEMPT_DEADLINE_MS = 4000;
/** Waits before the second and third attempts. */
const RETRY_AFTER_MS = [300, 1000];

class Unanswered extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Unanswered(`No answer from the background in ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export async function askBackground<T extends MessageType>(
  type: T,
  payload: Omit<MessageOf<T>, 'type'>,
): Promise<Responses[T]> {
  const start = performance.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await withDeadline(send(type, payload), ATTEMPT_DEADLINE_MS);
      performance.measure(`customs-lens:ask:${type}`, { start, duration: performance.now() - start });
      return answer;
    } catch (error) {
      const wait = RETRY_AFTER_MS[attempt];
      if (wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
