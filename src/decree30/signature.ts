/**
 * The signature block's rules (who signs, and how the authority is written), one definition for
 * the plan's validation and for the checker of any DOCX.
 *
 * Nghị định 30/2020/NĐ-CP, Điều 13 (thẩm quyền ký): in a body that works as a collective (Ủy ban
 * nhân dân, Hội đồng nhân dân), the head signs "on behalf of" the collective (TM.); a deputy signs
 * on behalf of the collective and for the head, so the block reads "TM. ỦY BAN NHÂN DÂN /
 * KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (khoản 2). Phụ lục I, Mục II, khoản 7, điểm a: "TM." stands
 * before the collective's name, "KT.", "Q.", "TL.", "TUQ." before the head's title.
 *
 * The rules read plain facts, so the checker can build them from the lines it reads
 * (`signatureFactsFromLines`) and the plan from its `signature:` fields.
 */
import { WITH_COLLECTIVE, WITH_HEAD, type Authority } from './vocabulary.js';

/** Where a rule comes from: an article (and clause) of the decree and a paragraph of Phụ lục I. */
export interface Basis {
  article?: number;
  clause?: number;
  /** Phụ lục I, Mục II, khoản … , điểm … */
  item: number;
  point?: string;
}

/** Phụ lục I, Mục II, khoản 7, điểm a: how the authority is written. */
const AUTHORITY_MARKS: Basis = { item: 7, point: 'a' };
/** Điều 13, khoản 2 (collective bodies) with the marks of khoản 7, điểm a. */
const COLLECTIVE_SIGNING: Basis = { article: 13, clause: 2, item: 7, point: 'a' };

export const SIGNATURE_RULES = {
  /** "TM." without the collective's name. */
  'signature-tm-collective': { severity: 'error', basis: AUTHORITY_MARKS },
  /** "KT.", "Q.", "TL.", "TUQ." without the head's title. */
  'signature-head-missing': { severity: 'error', basis: AUTHORITY_MARKS },
  /** "KT." signed by someone whose title is not a deputy's. */
  'signature-kt-deputy': { severity: 'error', basis: { article: 13, item: 7, point: 'a' } },
  /** "TM." alone signed by a deputy ("TM. ỦY BAN NHÂN DÂN / PHÓ CHỦ TỊCH"): a deputy signs "KT.". */
  'signature-tm-deputy': { severity: 'error', basis: COLLECTIVE_SIGNING },
  /** A deputy of a collective body signing "KT. CHỦ TỊCH" without "TM. <collective>" above. */
  'signature-kt-without-tm': { severity: 'error', basis: COLLECTIVE_SIGNING },
  /** A collective named but not printed (the authority is not TM, KT or Q). */
  'signature-collective-unused': { severity: 'warning', basis: AUTHORITY_MARKS },
  /** A head's title given but not printed (TM. alone, or no authority): left over from "KT.". */
  'signature-head-unused': { severity: 'warning', basis: AUTHORITY_MARKS },
} as const;

export type SignatureRule = keyof typeof SIGNATURE_RULES;

/** What a signature block says, from a plan or from the lines of a document. */
export interface SignatureFacts {
  authority: Authority;
  collective?: string;
  head?: string;
  title: string;
  /** The issuer's name lines ("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"), to know a collective body. */
  issuer: readonly string[];
}

export interface SignatureFinding {
  rule: SignatureRule;
  /** The field (of a plan's `signature:`) the finding is about. */
  field: 'authority' | 'collective' | 'head' | 'title';
  params: Record<string, string | number>;
}

/** Bodies that work as a collective and sign "TM." (Điều 13, khoản 2). */
export const COLLECTIVE_BODIES = ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'] as const;

const upper = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');

/** The collective body an issuer is ("ỦY BAN NHÂN DÂN"), if it is one. */
export function collectiveBody(issuer: readonly string[]): string | undefined {
  const name = upper(issuer.join(' '));
  return COLLECTIVE_BODIES.find((b) => name.startsWith(b)) ?? (/^UBND\b/.test(name) ? 'ỦY BAN NHÂN DÂN' : /^HĐND\b/.test(name) ? 'HỘI ĐỒNG NHÂN DÂN' : undefined);
}

/** A deputy's title: "Phó Chủ tịch", "PHÓ GIÁM ĐỐC". */
export function isDeputyTitle(title: string): boolean {
  return /^PHÓ\s/.test(upper(title));
}

export function signatureFindings(f: SignatureFacts): SignatureFinding[] {
  const out: SignatureFinding[] = [];
  const { authority } = f;
  const head = f.head?.trim() ? upper(f.head) : undefined;
  const body = collectiveBody(f.issuer);
  if (authority === 'TM' && !f.collective) out.push({ rule: 'signature-tm-collective', field: 'authority', params: {} });
  if (WITH_HEAD.includes(authority) && !head) out.push({ rule: 'signature-head-missing', field: 'authority', params: { authority } });
  if (authority === 'KT' && !isDeputyTitle(f.title)) out.push({ rule: 'signature-kt-deputy', field: 'title', params: { title: f.title, head: head ?? 'CHỦ TỊCH' } });
  if (authority === 'TM' && isDeputyTitle(f.title)) {
    out.push({ rule: 'signature-tm-deputy', field: 'title', params: { title: upper(f.title), head: head ?? upper(f.title).replace(/^PHÓ\s+/, ''), collective: upper(f.collective ?? body ?? '') } });
  }
  if ((authority === 'KT' || authority === 'Q') && !f.collective && body) {
    out.push({ rule: 'signature-kt-without-tm', field: 'authority', params: { authority, head: head ?? 'CHỦ TỊCH', collective: body } });
  }
  if (f.collective && !WITH_COLLECTIVE.includes(authority)) out.push({ rule: 'signature-collective-unused', field: 'collective', params: {} });
  if (head && !WITH_HEAD.includes(authority) && !(authority === 'TM' && isDeputyTitle(f.title))) {
    out.push({ rule: 'signature-head-unused', field: 'head', params: { head, authority } });
  }
  return out;
}

/**
 * The facts of a printed signature block, from its lines above the name: "TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (for the checker).
 */
export function signatureFactsFromLines(lines: readonly string[], issuer: readonly string[]): SignatureFacts {
  let authority: Authority = 'none';
  let collective: string | undefined;
  let head: string | undefined;
  const rest: string[] = [];
  for (const raw of lines) {
    const line = upper(raw);
    const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/.exec(line);
    if (m && m[1] === 'TM') {
      collective = m[2];
      if (authority === 'none') authority = 'TM';
    } else if (m) {
      authority = m[1] as Authority;
      head = m[2];
    } else rest.push(line);
  }
  const title = rest.join(' ') || head || collective || '';
  return { authority, ...(collective ? { collective } : {}), ...(head ? { head } : {}), title, issuer };
}
