/**
 * Wording the decree fixes in the document itself (Nghị định 30/2020/NĐ-CP, Phụ lục I): text of the
 * document, not of this tool's interface, the same whatever language a report is printed in. The
 * default templates print these (templates/default/*.hbs, kept equal by a test); the checker looks
 * for them.
 */

/** Quốc hiệu (Phụ lục I, Mục II, khoản 1, điểm a). */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/** Tiêu ngữ, plain hyphens with a space on each side (Phụ lục I, Mục II, khoản 1, điểm b). */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The label of the recipients (Phụ lục I, Mục II, khoản 9). */
export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** The font (Phụ lục I, Mục I, khoản 4). */
export const FONT = 'Times New Roman';

/**
 * The words a legal ground opens with (Phụ lục I, Mục II, khoản 6, điểm a): "Căn cứ …;", and in
 * a decision "Xét …" or "Theo đề nghị của …". Grounds are set in italics, one per line.
 */
export const GROUND_START = /^(căn cứ|xét|theo đề nghị)(?!\p{L})/iu;

/**
 * The legal grounds a paragraph is made of, or 0 when it is not such a paragraph: it opens with
 * "Căn cứ", "Xét" or "Theo đề nghị" and ends as a ground does (";" or "."), not as the sentence
 * that issues the document ("… ban hành Kế hoạch … như sau:"). Such a paragraph breaks the rule
 * of grounds (italic, one per line): `build` warns about it in a plan's `opening:`, `check`
 * about it in a DOCX.
 */
export function groundsIn(text: string): number {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!GROUND_START.test(t) || !/[;.]$/.test(t)) return 0;
  return t.split(';').filter((c) => GROUND_START.test(c.trim())).length;
}
