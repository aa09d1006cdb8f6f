/** English options strings: the reference catalog every other language is checked against. */
export default {
  options_title: 'Customs Lens settings',
  options_trackers: 'Trackers',
} as const;
