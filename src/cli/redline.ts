/** The DOCX redline: the differ's merged model, laid out by the DOCX emitter, with tracked changes. */
import { redlineModel, trackChanges, type RedlineOptions } from '../diff/redline.js';
import type { DocumentModel } from '../model/types.js';
import { buildDocxDocument, packDocx } from '../render/docx/index.js';

/** The new plan laid out per Decree 30 with tracked changes against the old one. */
export async function renderRedline(oldModel: DocumentModel, newModel: DocumentModel, options: RedlineOptions = {}): Promise<Uint8Array> {
  const merged = redlineModel(oldModel, newModel, options);
  const author = options.author ?? 'cchc-plan';
  const date = options.date ?? newModel.meta.date ?? '1980-01-01T00:00:00Z';
  return packDocx(buildDocxDocument(merged), newModel, (xml) => trackChanges(xml, author, date));
}
