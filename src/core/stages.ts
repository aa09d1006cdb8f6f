/**
 * The closed set of customs stage codes (DESIGN.md "Vocabulary"). Every part of the extension —
 * core, storage, messages, DOM attributes, tests — speaks these codes and nothing else.
 */
export const STAGES = [
  'export_clearance',
  'import_received',
  'inspection',
  'delay',
  'action_required',
  'released',
  'returned',
] as const;

export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** Stages in which the parcel is held by import customs: leaving them is the news buyers wait for. */
export const HELD_STAGES: readonly Stage[] = ['import_received', 'inspection', 'delay', 'action_required'];

export function isHeld(stage: Stage | null | undefined): boolean {
  return stage != null && HELD_STAGES.includes(stage);
}

/** Higher is more urgent; used to sort parcels and colour the toolbar badge. */
export const STAGE_URGENCY: Record<Stage, number> = {
  action_required: 6,
  returned: 5,
  delay: 4,
  inspection: 3,
  import_received: 2,
  export_clearance: 1,
  released: 0,
};
