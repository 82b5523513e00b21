/** The DOCX redline: the differ's redline model, laid out by the DOCX emitter with its marks as tracked changes. */
import { redlineModel, type RedlineOptions } from '../diff/redline.js';
import type { DocumentModel } from '../model/types.js';
import { renderDocx } from '../render/docx/index.js';

/** The new plan laid out per Decree 30 with tracked changes against the old one. */
export async function renderRedline(oldModel: DocumentModel, newModel: DocumentModel, options: RedlineOptions = {}): Promise<Uint8Array> {
  const { author, date } = options;
  return renderDocx(redlineModel(oldModel, newModel, options), { revisions: { author, date } });
}
