import { describe, expect, it } from 'vitest';
import { retrackLinks } from './retrack-links.ts';

describe('retrackLinks', () => {
  it('links the trackers and the destination post', () => {
    expect(retrackLinks('rr123456785cn', 'es')).toEqual([
      { id: '17track', label: '17TRACK', url: 'https://t.17track.net/en#nums=RR123456785CN' },
      { id: 'parcelsapp', label: 'ParcelsApp', url: 'https://parcelsapp.com/en/tracking/RR123456785CN' },
      { id: 'cainiao', label: 'Cainiao', url: 'https://global.cainiao.com/newDetail.htm?mailNoList=RR123456785CN' },
      {
        id: 'local_post',
        label: 'Correos',
        url: 'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=RR123456785CN',
      },
    ]);
  });

  it('leaves out the post when the country has no usable tracking page', () => {
    expect(retrackLinks('LP00123456789012', 'NL').map((l) => l.id)).toEqual(['17track', 'parcelsapp', 'cainiao']);
    expect(retrackLinks('LP00123456789012').map((l) => l.id)).toEqual(['17track', 'parcelsapp', 'cainiao']);
  });

  it('returns nothing for an empty number', () => {
    expect(retrackLinks('  ')).toEqual([]);
  });
});
