import { z } from 'zod';
import { EVENT_KINDS, EVENT_YEARS, GROUPS, LIMITS, MEASURES } from './local-plan.ts';

const level = z.object({
  group: z.enum(GROUPS as [string, ...string[]]),
  measure: z.enum(MEASURES),
  value: z.number().min(0),
  note: z.string().max(LIMITS.note).optional(),
}).strict().superRefine((l, ctx) => {
  const max = l.measure === 'rate' ? LIMITS.rate : LIMITS.share;
  if (l.value > max) ctx.addIssue({ code: 'too_big', maximum: max, origin: 'number', inclusive: true, input: l.value, path: ['value'] });
});

const event = z.object({
  year: z.number().int().min(EVENT_YEARS.min).max(EVENT_YEARS.max),
  date: z.iso.date().optional(),
  label: z.string().trim().min(1).max(LIMITS.label),
  kind: z.enum(EVENT_KINDS),
}).strict().superRefine((e, ctx) => {
  if (e.date && Number(e.date.slice(0, 4)) !== e.year) ctx.addIssue({ code: 'custom', message: 'date-year', path: ['date'], input: e.date });
});

const municipality = z.object({
  unit: z.string().regex(/^\d{4}$/),
  example: z.boolean().default(false),
  levels: z.array(level).default([]),
  events: z.array(event).max(LIMITS.events).default([]),
}).strict().superRefine((m, ctx) => {
  m.levels.forEach((l, i) => {
    if (m.levels.findIndex((o) => o.group === l.group) !== i) ctx.addIssue({ code: 'custom', message: 'duplicate-group', path: ['levels', i, 'group'], input: l.group });
  });
});

/** The local data file (data/local/agreed-levels.json): agreed levels and events per municipality, read at build. */
export const localFileSchema = z.object({
  $comment: z.string().optional(),
  municipalities: z.array(municipality),
}).strict().superRefine((f, ctx) => {
  f.municipalities.forEach((m, i) => {
    if (f.municipalities.findIndex((o) => o.unit === m.unit) !== i) ctx.addIssue({ code: 'custom', message: 'duplicate-unit', path: ['municipalities', i, 'unit'], input: m.unit });
  });
});
export type LocalFile = z.infer<typeof localFileSchema>;
