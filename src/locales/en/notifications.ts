/** English notifications strings: the reference catalog every other language is checked against. */
export default {
  notifications_title_left_customs: 'Left customs: {parcel}',
  notifications_title_action_required: 'Customs needs you: {parcel}',
  notifications_title_returned: 'Returned or seized by customs: {parcel}',
  notifications_title_delivered: 'Delivered: {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title: '{count, plural, one {# watched parcel has news} other {# watched parcels have news}}',
  notifications_summary_more: '…and {count} more',
  notifications_storage_full:
    "Customs Lens has no room left in the browser's storage. Stop watching parcels you no longer need, or clear old data in the settings. Nothing you saved was lost.",
  notifications_parcel_order: 'order {orderId}',
  notifications_button_open: 'Open tracking',
  notifications_button_stop: 'Stop watching',
  notifications_check_too_soon:
    'Checked a moment ago. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  notifications_offline: 'You are offline. Customs Lens will check again once the network is back.',
  notifications_tracker_paused: '{tracker} is paused until {time}: it asked Customs Lens to slow down.',
  notifications_check_busy: 'A check is already running.',
  notifications_error_network: '{tracker} could not be reached. Customs Lens will try again later.',
  notifications_error_http: '{tracker} answered with an error. Customs Lens will try again later.',
  notifications_error_rate_limited: '{tracker} asked to slow down. Customs Lens will wait before asking again.',
  notifications_error_quota: 'Your {tracker} quota is used up. Checks with it resume when it renews.',
  notifications_error_auth: '{tracker} did not accept your API key. Check it in the settings.',
  notifications_error_malformed: '{tracker} sent an answer Customs Lens could not read. It will try again later.',
  notifications_error_refused: '{tracker} refused the request. Customs Lens will try again later.',
  notifications_error_no_key: 'Enter your {tracker} API key in the settings first.',
  notifications_key_ok: '{tracker} accepted the key.',
  notifications_tracker_needs_access:
    '{tracker} was not asked: it needs your permission. Turn it on again in the settings.',
} as const;
