/** "Did you mean" suggestions for misspelled keys and values. */

/** Optimal-string-alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** Vietnamese words a clerk might type for a field, folded to ASCII. */
const ALIASES: Record<string, string> = {
  coquan: 'issuer', coquanbanhanh: 'issuer', donvi: 'issuer', diadanh: 'place', noi: 'place',
  loai: 'type', loaivanban: 'type', so: 'number', sovanban: 'number', kyhieu: 'symbol', ngay: 'date',
  ngaybanhanh: 'date', trichyeu: 'summary', tieude: 'summary', cancu: 'grounds', modau: 'opening',
  noidung: 'body', ketluan: 'closing', doanket: 'closing', chuky: 'signature', nguoiky: 'signature',
  noinhan: 'recipients', luu: 'archive', nhiemvu: 'tasks', phuluc: 'appendices', dinhdang: 'format',
  phan: 'part', muc: 'section', khoan: 'clause', diem: 'point', gach: 'bullet', doan: 'text',
  chutri: 'lead', phoihop: 'coordinating', thoigian: 'time', tansuat: 'frequency', sanpham: 'output',
  hoten: 'name', ten: 'name', chucvu: 'title', tenviettat: 'abbreviation', viettat: 'abbreviation',
  coquanchuquan: 'parent', chuquan: 'parent', thammuu: 'collective', mucdich: 'purpose',
  appendix: 'appendices', recipient: 'recipients', task: 'tasks', ground: 'grounds', sign: 'signature',
  signer: 'signature', heading: 'section', paragraph: 'text', paragraphs: 'text', children: 'items',
};

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Best candidate for a misspelled word, or undefined when nothing is close. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const folded = fold(word);
  const alias = ALIASES[folded];
  if (alias && candidates.includes(alias)) return alias;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dist = editDistance(folded, fold(c));
    const limit = Math.max(1, Math.floor(Math.max(c.length, folded.length) / 3));
    if (dist <= limit && dist < bestScore) {
      best = c;
      bestScore = dist;
    }
  }
  if (!best) {
    // A prefix typed by a hurried hand ("coord" for "coordinating").
    const prefix = candidates.filter((c) => folded.length >= 3 && fold(c).startsWith(folded));
    if (prefix.length === 1) best = prefix[0];
  }
  return best;
}
