/** English options strings: the reference catalog every other language is checked against. */
export default {
  options_title: 'Customs Lens settings',
  options_intro: 'Changes are saved as you make them.',
  options_saving: 'Saving…',
  options_saved: 'Saved',
  options_save_failed: 'Not saved: {error}',
  options_on: 'on',
  options_off: 'off',

  options_trackers: 'Trackers',
  options_trackers_intro:
    'Customs Lens asks these services for news of your watched parcels. Cainiao needs no account; 17TRACK and ParcelsApp need your own API key.',
  options_tracker_use: 'Use {tracker}',
  options_tracker_about_cainiao: 'AliExpress’s own logistics network. Free, no key needed.',
  options_tracker_about_17track:
    'Follows the parcel with the local post too. Needs a 17TRACK API key (free plan available).',
  options_tracker_about_parcelsapp:
    "Another all-carrier tracker. Needs your own ParcelsApp API key: its terms allow the API only with a user's own key, so Customs Lens never ships one.",
  options_key_label: '{tracker} API key',
  options_key_show: 'Show',
  options_key_hide: 'Hide',
  options_key_show_label: 'Show the {tracker} API key',
  options_key_hide_label: 'Hide the {tracker} API key',
  options_key_note: 'Kept only on this computer, never synced or shared with anyone but {tracker}.',
  options_key_invalid: 'A key is letters, digits and symbols without spaces (at most 200).',
  options_key_missing: 'Add a key to use {tracker}.',
  options_key_test: 'Test key',
  options_key_testing: 'Testing…',
  options_key_test_ok: 'The key works: {message}',
  options_key_test_bad: 'The key was refused: {message}',
  options_key_test_failed: 'Could not test the key: {error}',
  options_key_test_empty: 'Type a key first.',

  options_interval_title: 'Check interval',
  options_interval_label: 'Check watched parcels',
  options_interval_every: 'every {duration}',
  options_interval_recommended: 'every {duration} (recommended)',
  options_interval_note:
    'Cainiao belongs to Alibaba, which blocks traffic that looks automated — and a block can cost you access to AliExpress itself. So Cainiao is asked on its own at most every 3 hours, whatever the interval; “Check now” in the popup is always fine.',

  options_notify_title: 'Notifications',
  options_notify_intro: 'Tell me when a watched parcel…',
  options_notify_leftCustoms: 'leaves customs',
  options_notify_actionRequired: 'needs something from me (tax to pay, documents)',
  options_notify_returned: 'is returned or seized by customs',
  options_notify_delivered: 'is delivered',

  options_language_title: 'Language',
  options_language_label: 'Language of Customs Lens',
  options_language_auto: 'Same as the browser ({language})',

  options_data_title: 'Your data',
  options_data_intro: 'Everything Customs Lens knows is stored on this computer only.',
  options_export_title: 'Export',
  options_export_button: 'Export all data',
  options_export_keys: 'Include API keys in the file',
  options_export_keys_note: 'Off by default: anyone with the file could use your keys.',
  options_export_done: 'Saved {file} to your downloads.',
  options_import_title: 'Import',
  options_import_choose: 'Choose a file…',
  options_import_intro:
    'Adds parcels and settings from an exported file. You see what changes before anything is applied.',
  options_import_reading: 'Reading {file}…',
  options_import_damaged:
    '{file} is damaged: it stops before the end of the export, as if it was cut off while saving or copying. Nothing was changed. Export again, or use another copy.',
  options_import_held_key:
    '{tracker} stays off: the file turns it on but has no API key for it. Add the key under “Trackers” to use it.',
  options_import_not_json: '{file} is not a Customs Lens export: it is not a JSON file. Nothing was changed.',
  options_import_error_not_export: '{file} is not a Customs Lens export. Nothing was changed.',
  options_import_error_newer_version:
    '{file} comes from a newer version of Customs Lens. Update the extension, then import it. Nothing was changed.',
  options_import_error_unreadable: '{file} is damaged and cannot be read. Nothing was changed.',
  options_import_error_other: 'Could not read {file}: {error}. Nothing was changed.',
  options_import_preview_title: 'What importing {file} will do',
  options_import_add: 'New parcels to add ({count})',
  options_import_replace: 'Parcels replaced by the file’s version ({count})',
  options_import_unchanged: 'Identical parcels, left as they are ({count})',
  options_import_settings: 'Settings that change ({count})',
  options_import_no_settings: 'Your settings stay as they are.',
  options_import_rejected: 'Not imported, because they are not valid ({count})',
  options_import_nothing: 'The file holds nothing new: importing it changes nothing.',
  options_import_problem_mismatch: '{entry}: its tracking number does not match the parcel, left out.',
  options_import_problem_setting: 'Setting “{entry}” has a value of the wrong kind; it stays as it is.',
  options_import_problem_parcel_field:
    '{entry}: this parcel could not be read (“{field}” is missing or wrong), left out.',
  options_import_problem_parcel: '{entry}: this parcel could not be read, left out.',
  options_import_keep_note: 'Parcels you watch that are not in the file stay as they are.',
  options_import_apply: 'Import',
  options_import_cancel: 'Cancel',
  options_import_cancelled: 'Import cancelled. Nothing was changed.',
  options_import_done: 'Imported. New parcels: {added}. Replaced: {replaced}. Settings changed: {settings}.',
  options_change_tracker_enabled: 'Use {tracker}',
  options_change_tracker_key: '{tracker} API key',
  options_key_set: 'set',
  options_key_empty: 'none',

  options_clear_title: 'Clear all data',
  options_clear_intro: 'Stops watching every parcel and resets every setting, API keys included.',
  options_clear_button: 'Clear all data…',
  options_clear_confirm_title: 'Clear all Customs Lens data?',
  options_clear_confirm_body:
    'This deletes your watched parcels ({count}), your settings and your API keys from this computer. It cannot be undone; export first if you may want them back.',
  options_clear_confirm: 'Delete everything',
  options_clear_cancel: 'Keep my data',
  options_clear_done: 'All data cleared.',
  options_access_note: 'Turning it on asks your browser to let Customs Lens contact {host}.',
  options_access_asking: 'Waiting for your answer in the browser’s prompt…',
  options_access_refused:
    '{tracker} stays off: Customs Lens was not allowed to contact {host}. Turn it on again and allow it to use {tracker}.',
  options_access_error: '{tracker} stays off: the browser could not ask for access to {host} ({error}).',
  options_access_missing:
    '{tracker} is on but not asked: Customs Lens may no longer contact {host}. Allow it again to use {tracker}.',
  options_access_allow: 'Allow access to {host}',
  options_key_turn_on:
    'Key saved. Turn on “Use {tracker}” to use it: your browser will ask you to let Customs Lens contact {host}.',
  options_import_asks_access:
    'Importing turns {tracker} on: your browser will ask you to let Customs Lens contact {host}.',
  options_import_held_access:
    '{tracker} stays off: Customs Lens was not allowed to contact {host}. Turn it on under “Trackers” to use it.',
} as const;
