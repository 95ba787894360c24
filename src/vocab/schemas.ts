import { z } from 'zod';

// The loaders own the vocab schemas (rules are data; unknown keys are mistakes, not extensions).

const phraseList = z.array(z.string().min(1)).min(1);
const assertionCategory = z.enum([
  'negated',
  'possible',
  'historical',
  'hypothetical',
  'experiencer_other',
]);

export const sectionsFileSchema = z.strictObject({
  version: z.literal(1),
  sections: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case section name'),
        assertion: z
          .strictObject({
            experiencer: z.literal('other').optional(),
            historical: z.literal(true).optional(),
          })
          .optional(),
        en: phraseList,
        ja: phraseList,
      }),
    )
    .min(1),
});

export const abbreviationsFileSchema = z.strictObject({
  version: z.literal(1),
  always: z.array(z.string().min(1)),
  unless_capitalised: z.array(z.string().min(1)),
});

const oneOrMany = z.union([z.string().min(1), phraseList]);

export const contextRuleSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    literal: oneOrMany.optional(),
    pattern: oneOrMany.optional(),
    category: z.union([
      assertionCategory,
      z.literal('pseudo'),
      z.literal('terminate'),
      z.array(assertionCategory).min(1),
    ]),
    direction: z.enum(['forward', 'backward', 'bidirectional']).optional(),
    max_scope: z.number().int().positive().optional(),
    field: z.boolean().optional(),
    list_scope: z.boolean().optional(),
    applies_to: z.array(assertionCategory).min(1).optional(),
    blocks: z.enum(['forward', 'backward', 'both']).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.literal === undefined && rule.pattern === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs `literal` or `pattern`' });
    }
    const asserting = rule.category !== 'pseudo' && rule.category !== 'terminate';
    if (asserting && rule.direction === undefined) {
      ctx.addIssue({ code: 'custom', message: 'assertion rules need a `direction`' });
    }
    if (rule.category !== 'terminate' && (rule.applies_to || rule.blocks)) {
      ctx.addIssue({ code: 'custom', message: '`applies_to`/`blocks` are for terminate rules' });
    }
    for (const source of [rule.pattern ?? []].flat()) {
      try {
        new RegExp(source, 'u');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `bad pattern ${source}: ${String(error)}` });
      }
    }
  });

export const contextRuleFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['en', 'ja']),
  defaults: z.strictObject({ max_scope: z.number().int().positive() }),
  rules: z.array(contextRuleSchema).min(1),
});
