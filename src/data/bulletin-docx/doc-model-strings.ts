/** The labels the bulletin's Word document numbers (doc-model.ts); use with `tr(lang, DOC_MODEL_TEXT.key)`. */
import { defineStrings } from '../../domain/text.ts';

export const DOC_MODEL_TEXT = defineStrings({
  /** A section's heading: its number, then its text. */
  heading: { zh: '{0}、{1}', en: '{0}. {1}' },
  table: { zh: '表{0}', en: 'Table {0}' },
  figure: { zh: '图{0}', en: 'Figure {0}' },
});
