/** English popup strings: the reference catalog every other language is checked against. */
export default {
  popup_title: 'Watched parcels',
  popup_empty_title: 'No parcels watched yet',
  popup_empty_body:
    'Open an AliExpress order’s tracking page. When the parcel is at customs, Customs Lens explains why, and “Watch this parcel” tells you the moment it leaves.',
  popup_open_options: 'Settings',
} as const;
