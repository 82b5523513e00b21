/**
 * Vietnamese typed in the legacy 8-bit encodings, back to Unicode: TCVN3 (ABC, fonts ".VnTime",
 * ".VnArial"…; the "H" fonts such as ".VnTimeH" show the same codes as capitals) and VNI Windows
 * (fonts "VNI-Times"…), where a letter and its marks are two characters.
 */

/** TCVN3 (TCVN 5712:1993) code → Unicode, for the codes that differ from Latin-1 meaning. */
const TCVN3: Record<string, string> = {
  '\u00b5': 'à', '\u00b6': 'ả', '\u00b7': 'ã', '\u00b8': 'á', '\u00b9': 'ạ',
  '\u00a8': 'ă', '\u00bb': 'ằ', '\u00bc': 'ẳ', '\u00bd': 'ẵ', '\u00be': 'ắ', '\u00c6': 'ặ',
  '\u00a9': 'â', '\u00c7': 'ầ', '\u00c8': 'ẩ', '\u00c9': 'ẫ', '\u00ca': 'ấ', '\u00cb': 'ậ',
  '\u00ae': 'đ',
  '\u00cc': 'è', '\u00ce': 'ẻ', '\u00cf': 'ẽ', '\u00d0': 'é', '\u00d1': 'ẹ',
  '\u00aa': 'ê', '\u00d2': 'ề', '\u00d3': 'ể', '\u00d4': 'ễ', '\u00d5': 'ế', '\u00d6': 'ệ',
  '\u00d7': 'ì', '\u00d8': 'ỉ', '\u00dc': 'ĩ', '\u00dd': 'í', '\u00de': 'ị',
  '\u00df': 'ò', '\u00e1': 'ỏ', '\u00e2': 'õ', '\u00e3': 'ó', '\u00e4': 'ọ',
  '\u00ab': 'ô', '\u00e5': 'ồ', '\u00e6': 'ổ', '\u00e7': 'ỗ', '\u00e8': 'ố', '\u00e9': 'ộ',
  '\u00ac': 'ơ', '\u00ea': 'ờ', '\u00eb': 'ở', '\u00ec': 'ỡ', '\u00ed': 'ớ', '\u00ee': 'ợ',
  '\u00ef': 'ù', '\u00f1': 'ủ', '\u00f2': 'ũ', '\u00f3': 'ú', '\u00f4': 'ụ',
  '\u00ad': 'ư', '\u00f5': 'ừ', '\u00f6': 'ử', '\u00f7': 'ữ', '\u00f8': 'ứ', '\u00f9': 'ự',
  '\u00fa': 'ỳ', '\u00fb': 'ỷ', '\u00fc': 'ỹ', '\u00fd': 'ý', '\u00fe': 'ỵ',
  '\u00a1': 'Ă', '\u00a2': 'Â', '\u00a3': 'Ê', '\u00a4': 'Ô', '\u00a5': 'Ơ', '\u00a6': 'Ư', '\u00a7': 'Đ',
};

/** TCVN3 text (read as Latin-1 or Windows-1252) → Unicode; `capitals` for the ".…H" fonts. */
export function fromTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const c of text) out += TCVN3[c] ?? c;
  return (capitals ? out.toLocaleUpperCase('vi') : out).normalize('NFC');
}

/** VNI Windows: the sequences of each Vietnamese letter, built from its base and marks. */
const VNI = ((): Map<string, string> => {
  const map = new Map<string, string>();
  const tones: Record<string, string> = { '\u0300': 'ø', '\u0301': 'ù', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
  const hatTones: Record<string, string> = { '': 'â', '\u0300': 'à', '\u0301': 'á', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
  const breveTones: Record<string, string> = { '': 'ê', '\u0300': 'è', '\u0301': 'é', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
  const iTones: Record<string, string> = { '\u0300': 'ì', '\u0301': 'í', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
  const add = (uni: string, vni: string) => {
    map.set(vni, uni);
    map.set(vni.toLocaleUpperCase('vi'), uni.toLocaleUpperCase('vi'));
  };
  for (const tone of ['', ...Object.keys(tones)]) {
    const t = tone ? tones[tone] : '';
    for (const v of ['a', 'e', 'o', 'u', 'y']) if (tone) add((v + tone).normalize('NFC'), v + t);
    add(('a\u0302' + tone).normalize('NFC'), 'a' + hatTones[tone]);
    add(('e\u0302' + tone).normalize('NFC'), 'e' + hatTones[tone]);
    add(('o\u0302' + tone).normalize('NFC'), 'o' + hatTones[tone]);
    add(('a\u0306' + tone).normalize('NFC'), 'a' + breveTones[tone]);
    add(('o\u031b' + tone).normalize('NFC'), 'ô' + t);
    add(('u\u031b' + tone).normalize('NFC'), 'ö' + t);
    if (tone) add(('i' + tone).normalize('NFC'), iTones[tone]);
  }
  add('ỵ', 'î');
  add('đ', 'ñ');
  // Characters VNI keeps as themselves would map to themselves: drop identities.
  for (const [k, v] of [...map]) if (k === v) map.delete(k);
  return map;
})();

/** VNI Windows text (read as Latin-1 or Windows-1252) → Unicode. */
export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const two = text.slice(i, i + 2);
    const hit2 = two.length === 2 ? VNI.get(two) : undefined;
    if (hit2) {
      out += hit2;
      i += 2;
      continue;
    }
    out += VNI.get(text[i]) ?? text[i];
    i++;
  }
  return out.normalize('NFC');
}

/** A font name of the TCVN3 family (".VnTime", ".VnArialH"…) or of VNI ("VNI-Times"…). */
export function legacyFont(name: string): { encoding: 'TCVN3 (ABC)' | 'VNI Windows'; capitals: boolean } | undefined {
  if (/^\.vn/i.test(name)) return { encoding: 'TCVN3 (ABC)', capitals: /h$/i.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'VNI Windows', capitals: false };
  return undefined;
}

export function convertLegacy(text: string, encoding: 'TCVN3 (ABC)' | 'VNI Windows', capitals = false): string {
  return encoding === 'VNI Windows' ? fromVni(text) : fromTcvn3(text, capitals);
}
