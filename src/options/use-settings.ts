/**
 * Settings as the options page edits them: a local draft that changes at once, sent whole to the
 * background ('save-settings') after each change. Sends always carry the latest draft, so two quick
 * changes can never undo each other; typing (API keys) is sent after a short pause. While nothing is
 * pending, the draft follows storage (an import or a clear elsewhere shows up here).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/schemas/store.ts';
import { send } from '../platform/send-message.ts';

export type SaveState = { section: string; state: 'saving' | 'saved' | 'error'; error?: string };

export function useSettings(stored: Settings | undefined) {
  const [draft, setDraft] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState | null>(null);
  const latest = useRef<Settings | null>(null);
  const pending = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (stored && pending.current === 0 && timer.current === undefined) {
      latest.current = stored;
      setDraft(stored);
    }
  }, [stored]);

  async function flush(section: string) {
    timer.current = undefined;
    const settings = latest.current;
    if (!settings) return;
    pending.current += 1;
    setSaveState({ section, state: 'saving' });
    try {
      await send('save-settings', { settings });
      setSaveState({ section, state: 'saved' });
    } catch (error) {
      setSaveState({ section, state: 'error', error: error instanceof Error ? error.message : String(error) });
    } finally {
      pending.current -= 1;
    }
  }

  /** Applies `change` to the draft and saves it, now or after `delayMs` of quiet. */
  function update(section: string, change: (s: Settings) => Settings, delayMs = 0) {
    if (!latest.current) return;
    const next = change(latest.current);
    latest.current = next;
    setDraft(next);
    clearTimeout(timer.current);
    if (delayMs > 0) {
      setSaveState({ section, state: 'saving' });
      timer.current = setTimeout(() => void flush(section), delayMs);
    } else void flush(section);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  return { draft, saveState, update };
}
