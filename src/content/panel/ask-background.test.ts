// A request the worker leaves unanswered or refuses once is asked again; the last failure reaches the caller.
import { afterEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../platform/send-message.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { askBackground } = await import('./ask-background.ts');

afterEach(() => {
  send.mockReset();
  vi.useRealTimers();
});

describe('askBackground', () => {
  it('asks again when the first message is never answered (a worker going down)', async () => {
    vi.useFakeTimers();
    send.mockReturnValueOnce(new Promise(() => {})).mockResolvedValueOnce(['delay']);
    const answer = askBackground('classify-texts', { lang: 'en', texts: ['Imports customs clearance delay'] });
    await vi.advanceTimersByTimeAsync(4000 + 300);
    await expect(answer).resolves.toEqual(['delay']);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks again after a refusal, and gives up with the last error after three tries', async () => {
    vi.useFakeTimers();
    send.mockRejectedValue(new Error('Receiving end does not exist'));
    const answer = askBackground('classify-texts', { lang: 'en', texts: ['x'] });
    const outcome = expect(answer).rejects.toThrow('Receiving end does not exist');
    await vi.advanceTimersByTimeAsync(300 + 1000);
    await outcome;
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('answers at once when the worker does', async () => {
    send.mockResolvedValueOnce([null]);
    await expect(askBackground('classify-texts', { lang: 'en', texts: ['x'] })).resolves.toEqual([null]);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
