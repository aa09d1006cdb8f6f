/**
 * "Your data": export everything as a JSON file (API keys only when asked), import a file after a
 * preview of exactly what it adds, replaces and changes (invalid entries listed, never dropped
 * silently), and clear everything behind a confirmation dialog.
 *
 * A file that turns on a tracker whose host the browser has not granted does not switch on a tracker
 * that cannot work: the preview says the browser will ask, the Import click asks (the user's gesture),
 * and a refusal imports everything else with that tracker off, saying why.
 */
import { useRef, useState } from 'preact/hooks';
import { exportDocument } from '../core/import-data.ts';
import type { ImportProblem, ImportSummary } from '../core/schemas/messages.ts';
import type { Settings, TrackerId } from '../core/schemas/store.ts';
import { trackerHostName } from '../core/tracker-hosts.ts';
import type { Locale } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { trackersWithAccess } from '../platform/permissions.ts';
import { send } from '../platform/send-message.ts';
import { errorText } from '../ui/error-text.ts';
import { downloadJson, exportFileName } from './download.ts';
import { holdKeylessTrackers, holdTrackersOff, importTitles, readImportText, trackersTurnedOn } from './import-file.ts';
import { settingName, settingValue } from './setting-labels.ts';
import { askAccess } from './TrackerSettings.tsx';

type Status = { text: string; error?: boolean; held?: string[] };

/** A refused entry in the user's language; the entry and field names are shown as the file has them. */
function problemText(problem: ImportProblem, t: Locale['t']): string {
  switch (problem.kind) {
    case 'number-mismatch':
      return t('options_import_problem_mismatch', { entry: problem.entry });
    case 'setting-invalid':
      return t('options_import_problem_setting', { entry: problem.entry });
    default:
      return problem.field
        ? t('options_import_problem_parcel_field', { entry: problem.entry, field: problem.field })
        : t('options_import_problem_parcel', { entry: problem.entry });
  }
}
type Preview = {
  file: string;
  data: unknown;
  summary: ImportSummary;
  titles: Record<string, string>;
  held: TrackerId[];
  /** Trackers the file turns on whose hosts the browser has not granted: asked for on Import. */
  asks: TrackerId[];
};

const IMPORT_CODES = {
  'import:not-export': 'options_import_error_not_export',
  'import:newer-version': 'options_import_error_newer_version',
  'import:unreadable': 'options_import_error_unreadable',
} as const;

function importErrorText(error: unknown, file: string, locale: Locale): string {
  const message = error instanceof Error ? error.message : String(error);
  const key = IMPORT_CODES[message as keyof typeof IMPORT_CODES];
  return key
    ? locale.t(key, { file })
    : locale.t('options_import_error_other', { file, error: errorText(error, locale.t) });
}

export function DataSettings({
  locale,
  parcelCount,
  settings,
}: {
  locale: Locale;
  parcelCount: number;
  settings: Settings;
}) {
  const { t } = locale;
  const [includeKeys, setIncludeKeys] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  async function exportAll() {
    setStatus(null);
    try {
      const now = new Date();
      const store = await send('export-data');
      const name = exportFileName(now);
      downloadJson(name, exportDocument(store, { includeKeys, now }));
      setStatus({ text: t('options_export_done', { file: name }) });
    } catch (error) {
      setStatus({ text: errorText(error, t), error: true });
    }
  }

  async function choose(file: File) {
    setPreview(null);
    setStatus({ text: t('options_import_reading', { file: file.name }) });
    const read = readImportText(await file.text());
    if (!read.ok) {
      const key = read.reason === 'damaged' ? 'options_import_damaged' : 'options_import_not_json';
      setStatus({ text: t(key, { file: file.name }), error: true });
      return;
    }
    const { data, held } = holdKeylessTrackers(read.data, settings);
    try {
      const summary = await send('import-preview', { data });
      const access = await trackersWithAccess();
      const asks = trackersTurnedOn(data).filter((id) => !access.has(id));
      setStatus(null);
      setPreview({ file: file.name, data, summary, titles: importTitles(data), held, asks });
    } catch (error) {
      setStatus({ text: importErrorText(error, file.name, locale), error: true });
    }
  }

  /** The Import click: the browser's question (if any) comes first, while the click still counts. */
  function apply() {
    if (!preview) return;
    const asked = preview.asks.length ? askAccess(preview.asks) : Promise.resolve(true);
    setBusy(true);
    void asked.catch(() => false).then((granted) => importNow(preview, granted));
  }

  async function importNow(current: Preview, granted: boolean) {
    const refused = granted ? [] : current.asks;
    try {
      const summary = await send('import-apply', { data: holdTrackersOff(current.data, refused) });
      setPreview(null);
      setStatus({
        text: t('options_import_done', {
          added: summary.add.length,
          replaced: summary.replace.length,
          settings: summary.settingsChanges?.length ?? (summary.settings ? 1 : 0),
        }),
        held: refused.map((id) =>
          t('options_import_held_access', { tracker: TRACKER_NAMES[id], host: trackerHostName(id) }),
        ),
      });
    } catch (error) {
      setStatus({ text: importErrorText(error, current.file, locale), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function clearAll() {
    dialog.current?.close();
    try {
      await send('clear-data');
      setPreview(null);
      setStatus({ text: t('options_clear_done') });
    } catch (error) {
      setStatus({ text: errorText(error, t), error: true });
    }
  }

  return (
    <div class="data">
      <div class="data-block">
        <h3>{t('options_export_title')}</h3>
        <label class="check-row">
          <input
            type="checkbox"
            checked={includeKeys}
            onChange={(e) => setIncludeKeys(e.currentTarget.checked)}
            data-testid="export-include-keys"
          />
          <span>
            {t('options_export_keys')}
            <span class="note muted block">{t('options_export_keys_note')}</span>
          </span>
        </label>
        <button type="button" class="button" onClick={exportAll} data-testid="export">
          {t('options_export_button')}
        </button>
      </div>

      <div class="data-block">
        <h3>{t('options_import_title')}</h3>
        <p class="note muted">{t('options_import_intro')}</p>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void choose(file);
          }}
          data-testid="import-file"
        />
        <button type="button" class="button" onClick={() => fileInput.current?.click()} data-testid="import">
          {t('options_import_choose')}
        </button>
        {preview && (
          <ImportPreview
            preview={preview}
            locale={locale}
            busy={busy}
            onApply={apply}
            onCancel={() => {
              setPreview(null);
              setStatus({ text: t('options_import_cancelled') });
            }}
          />
        )}
      </div>

      <p
        class={`data-status${status?.error ? ' status-error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="data-status"
      >
        {status?.text}
        {status?.held?.map((text) => (
          <span class="block warn-text" key={text} data-testid="import-held-access">
            {text}
          </span>
        ))}
      </p>

      <div class="data-block danger-zone">
        <h3>{t('options_clear_title')}</h3>
        <p class="note muted">{t('options_clear_intro')}</p>
        <button type="button" class="button danger" onClick={() => dialog.current?.showModal()} data-testid="clear">
          {t('options_clear_button')}
        </button>
      </div>

      <dialog ref={dialog} class="dialog" aria-labelledby="clear-title" data-testid="clear-dialog">
        <h2 id="clear-title">{t('options_clear_confirm_title')}</h2>
        <p>{t('options_clear_confirm_body', { count: parcelCount })}</p>
        <div class="dialog-actions">
          <button type="button" class="button" autofocus onClick={() => dialog.current?.close()}>
            {t('options_clear_cancel')}
          </button>
          <button type="button" class="button danger solid" onClick={clearAll} data-testid="clear-confirm">
            {t('options_clear_confirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}

function ImportPreview(props: {
  preview: Preview;
  locale: Locale;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { preview, locale, busy } = props;
  const { t } = locale;
  const { summary } = preview;
  const changes = summary.settingsChanges ?? [];
  const unchanged = summary.unchanged ?? [];
  const nothing = !summary.add.length && !summary.replace.length && !changes.length && !summary.settings;
  return (
    <section class="preview" aria-labelledby="preview-title" data-testid="import-preview">
      <h4 id="preview-title">{t('options_import_preview_title', { file: preview.file })}</h4>
      {nothing && <p>{t('options_import_nothing')}</p>}
      {preview.held.map((id) => (
        <p class="warn-text" key={id} data-testid="preview-held">
          {t('options_import_held_key', { tracker: TRACKER_NAMES[id] })}
        </p>
      ))}
      {preview.asks.map((id) => (
        <p class="note" key={id} data-testid="preview-asks-access">
          {t('options_import_asks_access', { tracker: TRACKER_NAMES[id], host: trackerHostName(id) })}
        </p>
      ))}
      <NumberList
        testId="preview-add"
        titles={preview.titles}
        title={t('options_import_add', { count: summary.add.length })}
        items={summary.add}
      />
      <NumberList
        testId="preview-replace"
        titles={preview.titles}
        title={t('options_import_replace', { count: summary.replace.length })}
        items={summary.replace}
      />
      <NumberList
        testId="preview-unchanged"
        titles={preview.titles}
        title={t('options_import_unchanged', { count: unchanged.length })}
        items={unchanged}
      />
      {changes.length > 0 ? (
        <div data-testid="preview-settings">
          <h5>{t('options_import_settings', { count: changes.length })}</h5>
          <ul>
            {changes.map((change) => (
              <li key={change.path}>
                {settingName(change.path, locale)}: {settingValue(change, change.from, locale)} →{' '}
                <strong>{settingValue(change, change.to, locale)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="muted">{t('options_import_no_settings')}</p>
      )}
      {summary.errors.length > 0 && (
        <div class="rejected" data-testid="preview-rejected">
          <h5>{t('options_import_rejected', { count: summary.errors.length })}</h5>
          <ul>
            {summary.errors.map((problem) => (
              <li key={`${problem.kind}|${problem.entry}`}>{problemText(problem, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="note muted">{t('options_import_keep_note')}</p>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={props.onCancel} data-testid="import-cancel">
          {t('options_import_cancel')}
        </button>
        <button
          type="button"
          class="button primary"
          onClick={props.onApply}
          disabled={busy || nothing}
          data-testid="import-apply"
        >
          {t('options_import_apply')}
        </button>
      </div>
    </section>
  );
}

/** Parcels by title (from the file, as text) and tracking number, so a buyer recognises them. */
function NumberList(props: { title: string; items: string[]; titles: Record<string, string>; testId: string }) {
  const { title, items, titles, testId } = props;
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h5>{title}</h5>
      <ul class="numbers">
        {items.map((n) => (
          <li key={n}>
            {titles[n] && (
              <span class="import-title" dir="auto">
                {titles[n]}{' '}
              </span>
            )}
            <span class="number">{n}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
