/** Schema of `data/programmes.json`: the funding programmes initiatives belong to. */
import { z } from 'zod';
import { enumOf, field, httpUrl, idSchema, optionalCell, requiredText } from './fields.ts';
import { PROGRAMME_SCOPES } from './vocab.ts';

export const programmeSchema = z.object({
  id: field(idSchema, { description: 'Stable programme id, referenced by initiatives.programme.', example: 'mittelstand-digital' }),
  name_de: field(requiredText('the German name'), { description: 'Name in German.' }),
  name_en: field(requiredText('the English name'), { description: 'Name in English.' }),
  funder: field(requiredText('the funding body'), { description: 'Who funds the programme.' }),
  website: field(optionalCell(httpUrl), { description: 'Website of the programme (http or https).' }),
  scope: field(enumOf(PROGRAMME_SCOPES), { description: 'Geographic reach of the programme.', example: 'national' }),
});

export const programmesFileSchema = z.array(programmeSchema);
export type Programme = z.output<typeof programmeSchema>;
