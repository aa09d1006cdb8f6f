/**
 * The shared story of an emulated parcel: a small state machine a test drives ('transit' →
 * 'inspection' → 'released' → 'local' → 'delivered'), plus scripted one-off answers (a 429, a malformed
 * body, a request held until the test lets it go) and a log of the requests each emulator received.
 */
export const STEPS = ['transit', 'inspection', 'released', 'local', 'delivered'] as const;
export type Step = (typeof STEPS)[number];

/** One moment of the story, in words every tracker could use; the same for every answer in a run. */
export type StoryEvent = { step: Step; at: string; text: string; place: string };

/** Times are relative to now, so the story is always newer than what a dated fixture page shows. */
const ago = (hours: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 - hours * 3_600_000).toISOString();

export const STORY: StoryEvent[] = [
  { step: 'transit', at: ago(10 * 24), text: 'Arrived at destination country', place: 'Madrid' },
  { step: 'inspection', at: ago(9 * 24), text: 'Import customs clearance started', place: 'Madrid' },
  { step: 'inspection', at: ago(8 * 24), text: "Customs update: We're inspecting your order", place: 'Madrid' },
  { step: 'released', at: ago(3), text: 'Import customs clearance complete', place: 'Madrid' },
  { step: 'local', at: ago(2), text: 'Received by local delivery company', place: 'Madrid' },
  { step: 'delivered', at: ago(1), text: 'Delivered', place: 'Madrid' },
];

/** The events a tracker shows at `step`, newest first. */
export function eventsAt(step: Step): StoryEvent[] {
  const upTo = STEPS.indexOf(step);
  return STORY.filter((e) => STEPS.indexOf(e.step) <= upTo).reverse();
}

export type Scripted =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'malformed' }
  | { kind: 'hold' };

export type RequestLog = { at: number; url: string; method: string; numbers: string[] };

export class Story {
  readonly steps = new Map<string, Step>();
  readonly requests: RequestLog[] = [];
  private readonly script: Scripted[] = [];
  private releaseHeld: Array<() => void> = [];
  heldCount = 0;

  /** Numbers not set are unknown to the tracker. */
  set(number: string, step: Step): this {
    this.steps.set(number, step);
    return this;
  }

  /** The next request(s) get these answers, in order, instead of the story. */
  next(...answers: Scripted[]): this {
    this.script.push(...answers);
    return this;
  }

  /** Lets every held request go on (to answer from the story as it is now). */
  release(): void {
    for (const go of this.releaseHeld.splice(0)) go();
  }

  log(url: string, method: string, numbers: string[]): void {
    this.requests.push({ at: Date.now(), url, method, numbers });
  }

  /** The scripted answer for this request, after waiting if it is held. */
  async take(): Promise<Exclude<Scripted, { kind: 'hold' }> | undefined> {
    const next = this.script.shift();
    if (next?.kind !== 'hold') return next;
    this.heldCount += 1;
    await new Promise<void>((go) => this.releaseHeld.push(go));
    return undefined;
  }
}
