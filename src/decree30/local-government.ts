/**
 * Levels of local government, as plans are written for them. Since 1 July 2025 Vietnam has two
 * levels: provinces and centrally-run cities (tỉnh, thành phố), and communes, wards and special
 * zones (xã, phường, đặc khu); districts (huyện, quận, thị xã) are abolished. A plan dated before
 * then may still be a district's, or a commune's that reports to its district.
 */

export type Level = 'tinh' | 'thanh-pho' | 'xa' | 'phuong' | 'dac-khu' | 'huyen';
export type Tier = 'province' | 'district' | 'commune';

/** The first day of two-level local government. */
export const TWO_LEVELS_SINCE = { year: 2025, month: 7, day: 1 } as const;

export interface LevelInfo {
  tier: Tier;
  /** The unit word as printed in the issuer's name ("XÃ") and in running text ("xã"). */
  upper: string;
  lower: string;
  /** What people type for it, without diacritics or spaces ("dackhu" for "đặc khu"). */
  typed: readonly string[];
}

export const LEVELS: Readonly<Record<Level, LevelInfo>> = {
  tinh: { tier: 'province', upper: 'TỈNH', lower: 'tỉnh', typed: ['tinh'] },
  'thanh-pho': { tier: 'province', upper: 'THÀNH PHỐ', lower: 'thành phố', typed: ['thanhpho', 'tp'] },
  xa: { tier: 'commune', upper: 'XÃ', lower: 'xã', typed: ['xa'] },
  phuong: { tier: 'commune', upper: 'PHƯỜNG', lower: 'phường', typed: ['phuong'] },
  'dac-khu': { tier: 'commune', upper: 'ĐẶC KHU', lower: 'đặc khu', typed: ['dackhu'] },
  huyen: { tier: 'district', upper: 'HUYỆN', lower: 'huyện', typed: ['huyen'] },
};

/** "Đặc khu" → "dackhu", "xã" → "xa": how a level is compared with what was typed. */
export function foldLevel(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** The level a user typed: "xã", "xa", "Phường", "phuong", "tỉnh", "đặc khu", "dac-khu", "huyện"… */
export function parseLevel(input: string): Level | undefined {
  const folded = foldLevel(input);
  return (Object.keys(LEVELS) as Level[]).find((l) => LEVELS[l].typed.includes(folded));
}

/** Whether a plan of a level fits its year: districts end, special zones begin, on 1 July 2025. */
export function levelProblem(level: Level, year: number): 'district-abolished' | 'not-yet' | undefined {
  if (level === 'huyen' && year > TWO_LEVELS_SINCE.year) return 'district-abolished';
  if (level === 'dac-khu' && year < TWO_LEVELS_SINCE.year) return 'not-yet';
  return undefined;
}

/** Whether plans of this year are written for two-level local government. */
export function twoLevels(year: number): boolean {
  return year >= TWO_LEVELS_SINCE.year;
}
