/**
 * Message routing: validates every incoming message with the shared zod union, checks the sender is
 * this extension (its pages or its content scripts on AliExpress), and hands it to the keyed handler.
 * Errors go back serialised as `{ ok: false, error }`.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import type { z } from 'zod';
import { isAliExpressHost } from '../core/aliexpress-url.ts';
import { type Message, MessageSchema, type MessageType, type Reply, type Responses } from '../core/schemas/messages.ts';

export type Handler<T extends MessageType> = (
  message: Extract<Message, { type: T }>,
  sender: Runtime.MessageSender,
) => Promise<Responses[T]> | Responses[T];

export type Handlers = { [T in MessageType]: Handler<T> };

/** Messages from content scripts may only do what a page may ask for. */
const CONTENT_ALLOWED: ReadonlySet<MessageType> = new Set([
  'ping',
  'watch',
  'unwatch',
  'is-watched',
  'page-update',
  'classify-texts',
  'explain-page',
  'order-stages',
  'set-panel-state',
]);

export function senderAllowed(type: MessageType, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const url = sender.url ?? sender.tab?.url ?? '';
  // The popup and options (even opened in a tab) are this extension's own pages.
  if (url.startsWith(browser.runtime.getURL('/'))) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && isAliExpressHost(parsed.hostname) && CONTENT_ALLOWED.has(type);
  } catch {
    return false;
  }
}

/** Where and why a message was refused ("settings.notify: expected object"), for the sender's log. */
export function refusalReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable';
  return `${issue.path.join('.') || 'message'}: ${issue.message}`.slice(0, 200);
}

export function createRouter(handlers: Handlers) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success)
      return Promise.resolve({ ok: false, error: `Invalid message: ${refusalReason(parsed.error)}` });
    const message = parsed.data;
    if (!senderAllowed(message.type, sender)) return Promise.resolve({ ok: false, error: 'Sender not allowed' });
    const handler = handlers[message.type] as Handler<MessageType>;
    return Promise.resolve()
      .then(() => handler(message as never, sender))
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<unknown> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  };
}
