/**
 * Detection of Vietnamese typed in the legacy TCVN3 (ABC, fonts ".VnTime") or VNI-Windows
 * ("VNI-Times") encodings and pasted as if it were Unicode: "Céng hßa x· héi" or "Coäng hoøa xaõ hoäi"
 * instead of "Cộng hòa xã hội". Such text prints as garbage in Times New Roman.
 */

/** Letters proper Unicode Vietnamese needs beyond ASCII and Latin-1 (ă â đ ê ô ơ ư and the toned vowels). */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/;
/** Latin-1 letters that Unicode Vietnamese uses (with their tone marks). */
const LATIN1_VIETNAMESE = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ';
/**
 * TCVN3 bytes read as Latin-1: characters that never occur in Unicode Vietnamese text, inside a word
 * (right after a letter), so that "§ 2" or "5°" are not taken for TCVN3.
 */
const TCVN3_MARKS = /(?<=[A-Za-z])[¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþ]/g;
/** VNI-Windows: a vowel followed by a byte that carries the tone or the hat. */
const VNI_MARKS = /[aeiouyAEIOUY][øõûïäåëüöñ]|[ñÑ][a-zA-Z]|ö[ôa-z]/g;

export type LegacyEncoding = 'TCVN3 (ABC)' | 'VNI Windows';

export function detectLegacyVietnamese(text: string): { encoding: LegacyEncoding; sample: string } | undefined {
  if (UNICODE_VIETNAMESE.test(text)) return undefined;
  const vni = text.match(VNI_MARKS)?.length ?? 0;
  const tcvn = [...(text.match(TCVN3_MARKS) ?? [])].filter((c) => !LATIN1_VIETNAMESE.includes(c)).length;
  if (vni < 2 && tcvn < 1) return undefined;
  const encoding: LegacyEncoding = vni >= tcvn ? 'VNI Windows' : 'TCVN3 (ABC)';
  const re = encoding === 'VNI Windows' ? VNI_MARKS : TCVN3_MARKS;
  re.lastIndex = 0;
  const at = text.search(re);
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 2)) + 1);
  return { encoding, sample: text.slice(start, start + 40).trim() };
}
