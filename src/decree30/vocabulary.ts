/**
 * Words the decree and administrative practice fix: document types and their abbreviations
 * (Phụ lục III), administrative unit words (Phụ lục II), signing authorities (Phụ lục I, Mục II
 * khoản 7). The model, the plan's rules and the checker read them from here.
 */

/** Document type → abbreviation in the symbol ("KH-UBND"), Phụ lục III. */
export const TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Kế hoạch': 'KH', 'Quyết định': 'QĐ', 'Chỉ thị': 'CT', 'Quy chế': 'QC', 'Quy định': 'QyĐ', 'Thông báo': 'TB',
  'Hướng dẫn': 'HD', 'Chương trình': 'CTr', 'Phương án': 'PA', 'Đề án': 'ĐA', 'Báo cáo': 'BC', 'Tờ trình': 'TTr',
};

/** The document type of a plan unless it says otherwise. */
export const DEFAULT_TYPE = 'Kế hoạch';
export const DEFAULT_TYPE_ABBREVIATION = 'KH';

/**
 * Administrative unit words, longest first where one starts another ("thành phố" before "thị"),
 * lower case. Since 1 July 2025 local government has two levels (tỉnh/thành phố; xã/phường/đặc
 * khu); "huyện", "quận", "thị xã" and "thị trấn" remain for plans dated before then.
 */
export const UNIT_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'] as const;

/** "phường" → "Phường", "thành phố" → "Thành phố": a unit word at the start of a place name. */
export const capitalUnit = (u: string): string => u[0].toLocaleUpperCase('vi') + u.slice(1);

/** The unit word a place name or an issuer line starts with ("Phường", "Xã" …), if any. */
export function leadingUnit(text: string): string | undefined {
  const lower = text.trim().toLocaleLowerCase('vi');
  const unit = UNIT_WORDS.find((u) => lower.startsWith(u + ' '));
  return unit && capitalUnit(unit);
}

/** Common Vietnamese surnames: a place named after a person keeps its unit word (Phụ lục II). */
export const SURNAMES: ReadonlySet<string> = new Set(
  'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý trương đinh lâm trịnh đoàn lương tô tạ đào châu thái quách kim văn chu mạc lưu triệu hứa tôn'.split(' '),
);

/** Signing authorities (Phụ lục I, Mục II, khoản 7): thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền. */
export const AUTHORITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type Authority = (typeof AUTHORITIES)[number] | 'none';

/** Authorities printed with a "TM. <collective>" line when the plan names the collective body. */
export const WITH_COLLECTIVE: readonly Authority[] = ['TM', 'KT', 'Q'];
/** Authorities printed with the head's title after the mark ("KT. CHỦ TỊCH"). */
export const WITH_HEAD: readonly Authority[] = ['KT', 'Q', 'TL', 'TUQ'];

/** The authority a signature block uses: as written, else "TM" when a collective body is named. */
export function effectiveAuthority(sig: { authority?: Authority; collective?: string }): Authority {
  return sig.authority ?? (sig.collective ? 'TM' : 'none');
}
