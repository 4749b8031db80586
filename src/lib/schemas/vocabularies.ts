/**
 * Schema of `data/vocabularies.json`: German and English labels and chart colours for the
 * controlled values of the data contract. The ids must match the arrays in vocab.ts exactly.
 */
import { z } from 'zod';
import { enumOf, field, requiredText } from './fields.ts';
import { FOCI, KINDS, STATES, STATUSES } from './vocab.ts';

const colour = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'a colour as #rrggbb' });

function termList<const T extends readonly [string, ...string[]]>(ids: T, what: string) {
  return z
    .array(
      z.object({
        id: enumOf(ids),
        label_de: requiredText('the German label'),
        label_en: requiredText('the English label'),
        color: colour,
      }),
    )
    .superRefine((terms, ctx) => {
      const seen = terms.map((t) => t.id);
      for (const id of ids) {
        if (!seen.includes(id)) ctx.addIssue({ code: 'custom', message: `an entry for ${what} "${id}"` });
      }
      if (new Set(seen).size !== seen.length) ctx.addIssue({ code: 'custom', message: `each ${what} only once` });
    });
}

export const vocabulariesSchema = z.object({
  state: field(termList(STATES, 'state'), { description: 'Labels and colours of the states.' }),
  kind: field(termList(KINDS, 'kind'), { description: 'Labels and colours of the kinds of offer.' }),
  focus: field(termList(FOCI, 'focus'), { description: 'Labels and colours of the thematic foci.' }),
  status: field(termList(STATUSES, 'status'), { description: 'Labels and colours of the statuses.' }),
});

export type Vocabularies = z.output<typeof vocabulariesSchema>;
export type Term = Vocabularies['kind'][number];
