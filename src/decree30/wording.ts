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
