/** All three tracker emulators on one browser context, each with its own story. */
import type { BrowserContext } from '@playwright/test';
import { emulateCainiao } from './cainiao.ts';
import { emulateParcelsApp } from './parcelsapp.ts';
import { emulateSeventeenTrack } from './seventeen-track.ts';

export { PARCELSAPP_KEY } from './parcelsapp.ts';
export { SEVENTEEN_KEY } from './seventeen-track.ts';
export { STORY, type Step, Story } from './story.ts';

export async function emulateTrackers(context: BrowserContext) {
  return {
    cainiao: await emulateCainiao(context),
    seventeen: await emulateSeventeenTrack(context),
    parcelsapp: await emulateParcelsApp(context),
  };
}
