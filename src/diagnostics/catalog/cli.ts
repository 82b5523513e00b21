/**
 * The words of the command line (build, validate, init, diff, watch): usage errors, progress and
 * summaries. Vietnamese first, English second; the CLI picks the language with --lang.
 */
import type { Texts } from './entry.js';
import { s } from './entry.js';

type P = Record<string, unknown>;
const t = (vi: (p: P) => string, en: (p: P) => string): Texts<P> => ({ vi, en });
const plural = (n: unknown, one: string, many = `${one}s`) => (Number(n) === 1 ? one : many);

export const CLI = {
  error: t(() => 'lỗi', () => 'error'),
  warning: t(() => 'cảnh báo', () => 'warning'),
  valid: t(() => 'Hợp lệ', () => 'Valid'),
  upToDate: t(() => 'khớp', () => 'up to date'),
  // Batches (build, validate, build --check): a line per file as it finishes, then the summary.
  stale: t(() => 'cũ', () => 'stale'),
  missingOutputs: t(() => 'thiếu', () => 'missing'),
  counts: t(
    (p) => `${s(p.errors)} lỗi, ${s(p.warnings)} cảnh báo`,
    (p) => `${s(p.errors)} ${plural(p.errors, 'error')}, ${s(p.warnings)} ${plural(p.warnings, 'warning')}`,
  ),
  warningsOnly: t((p) => `${s(p.warnings)} cảnh báo`, (p) => `${s(p.warnings)} ${plural(p.warnings, 'warning')}`),
  summary: t(
    (p) =>
      `${s(p.files)} tệp: ` +
      (p.mode === 'validate' ? `${s(p.ok)} hợp lệ, ${s(p.failed)} không hợp lệ` : p.mode === 'check' ? `${s(p.ok)} khớp, ${s(p.stale)} cũ, ${s(p.failed)} không dựng được` : `${s(p.ok)} dựng xong, ${s(p.failed)} không dựng được`) +
      `; ${s(p.errors)} lỗi, ${s(p.warnings)} cảnh báo`,
    (p) =>
      `${s(p.files)} ${plural(p.files, 'file')}: ` +
      (p.mode === 'validate' ? `${s(p.ok)} valid, ${s(p.failed)} invalid` : p.mode === 'check' ? `${s(p.ok)} up to date, ${s(p.stale)} stale, ${s(p.failed)} failed` : `${s(p.ok)} built, ${s(p.failed)} failed`) +
      `; ${s(p.errors)} ${plural(p.errors, 'error')}, ${s(p.warnings)} ${plural(p.warnings, 'warning')}`,
  ),
  failedList: t(
    (p) => `${p.mode === 'validate' ? 'Không hợp lệ' : 'Không dựng được'} (${s(p.count)}):`,
    (p) => `${p.mode === 'validate' ? 'Invalid' : 'Failed'} (${s(p.count)}):`,
  ),
  staleList: t((p) => `Cũ, cần dựng lại (${s(p.count)}):`, (p) => `Stale, to rebuild (${s(p.count)}):`),
  // -o FILE, -o -, --out-dir, --allow-outside
  outputOnePlan: t(
    (p) => `-o TỆP ghi đúng một tệp, cho một kế hoạch (ở đây có ${s(p.count)} kế hoạch); để dựng nhiều kế hoạch vào một thư mục, dùng --out-dir THƯ_MỤC.`,
    (p) => `-o FILE writes one file, for one plan (here there are ${s(p.count)} plans); to build several plans into a folder, use --out-dir DIR.`,
  ),
  outputExtension: t(
    (p) => `-o "${s(p.value)}": tên tệp phải có đuôi .docx hoặc .pdf (định dạng theo đuôi tệp); để ghi vào một thư mục, dùng --out-dir ${s(p.value)}.`,
    (p) => `-o "${s(p.value)}": the file name must end in .docx or .pdf (the format follows the extension); to write into a folder, use --out-dir ${s(p.value)}.`,
  ),
  outputIsFolder: t(
    (p) => `-o "${s(p.value)}" là một thư mục; -o nhận một tệp (ví dụ -o ban-cuoi.pdf). Để ghi vào thư mục này, dùng --out-dir ${s(p.value)}.`,
    (p) => `-o "${s(p.value)}" is a folder; -o takes a file (e.g. -o final.pdf). To write into this folder, use --out-dir ${s(p.value)}.`,
  ),
  outputFormatConflict: t(
    (p) => `-o "${s(p.value)}" là tệp ${s(p.ext)} nhưng --format là "${s(p.format)}"; bỏ --format, định dạng theo đuôi tệp.`,
    (p) => `-o "${s(p.value)}" is a ${s(p.ext)} file but --format is "${s(p.format)}"; drop --format, the extension sets the format.`,
  ),
  outputStdoutFormat: t(
    () => '-o - (ghi ra đầu ra chuẩn) cần đúng một định dạng: thêm -f pdf hoặc -f docx.',
    () => '-o - (standard output) needs exactly one format: add -f pdf or -f docx.',
  ),
  outputStdoutWith: t((p) => `-o - (ghi ra đầu ra chuẩn) không dùng cùng ${s(p.option)}.`, (p) => `-o - (standard output) cannot be used with ${s(p.option)}.`),
  outputAndOutDir: t(
    () => '-o và --out-dir không dùng cùng nhau: -o là một tệp, --out-dir là một thư mục.',
    () => '-o and --out-dir cannot be used together: -o is a file, --out-dir a folder.',
  ),
  toStdout: t(() => 'đầu ra chuẩn', () => 'standard output'),
  allowOutsideInvalid: t((p) => `--allow-outside "${s(p.value)}": không phải một thư mục.`, (p) => `--allow-outside "${s(p.value)}": not a folder.`),
  notFound: t((p) => `không tìm thấy: ${s(p.value)}`, (p) => `not found: ${s(p.value)}`),
  noPlans: t(() => 'không có tệp .yaml nào để dựng', () => 'no .yaml plan to build'),
  formatInvalid: t((p) => `--format "${s(p.value)}": chỉ nhận docx, pdf hoặc docx,pdf.`, (p) => `--format "${s(p.value)}": use docx, pdf or docx,pdf.`),
  fontDirInvalid: t(
    (p) => `--font-dir "${s(p.value)}": không tìm thấy đủ 4 tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).`,
    (p) => `--font-dir "${s(p.value)}": the four Times New Roman files (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf) were not found.`,
  ),
  templatesMissing: t((p) => `--templates: không tìm thấy thư mục ${s(p.value)}`, (p) => `--templates: folder not found ${s(p.value)}`),
  epochInvalid: t(
    (p) => `SOURCE_DATE_EPOCH="${s(p.value)}" phải là một số nguyên không âm (số giây kể từ 1970).`,
    (p) => `SOURCE_DATE_EPOCH="${s(p.value)}" must be a non-negative integer (seconds since 1970).`,
  ),
  jobsInvalid: t((p) => `--jobs "${s(p.value)}": cần một số nguyên ≥ 1.`, (p) => `--jobs "${s(p.value)}": must be a whole number ≥ 1.`),
  internalError: t(
    (p) => `lỗi nội bộ: ${s(p.detail)}\nĐây là lỗi của công cụ, không phải của tệp kế hoạch. Vui lòng báo lỗi kèm tệp kế hoạch và lệnh đã chạy (chạy lại với --debug để có chi tiết).`,
    (p) => `internal error: ${s(p.detail)}\nThis is a bug in the tool, not in your plan. Please report it with the plan file and the command (rerun with --debug for details).`,
  ),
  watching: t((p) => `Đang theo dõi ${s(p.count)} tệp kế hoạch; nhấn Ctrl+C để dừng.`, (p) => `Watching ${s(p.count)} plan ${plural(p.count, 'file')}; press Ctrl+C to stop.`),
  // diff
  diffIsFolder: t((p) => `"${s(p.value)}" là thư mục; lệnh diff so sánh hai tệp kế hoạch .yaml.`, (p) => `"${s(p.value)}" is a folder; diff compares two .yaml plan files.`),
  diffDocxNeedsOutput: t(() => '--format docx cần -o/--output TỆP.docx (bản so sánh DOCX không in ra màn hình).', () => '--format docx needs -o/--output FILE.docx (a DOCX redline is not printed).'),
  // init
  initNotYaml: t((p) => `tệp kế hoạch phải có đuôi .yaml: ${s(p.value)}`, (p) => `the plan file must end in .yaml: ${s(p.value)}`),
  initExists: t((p) => `"${s(p.value)}" đã tồn tại; không ghi đè. Chọn tên khác.`, (p) => `"${s(p.value)}" already exists; not overwritten. Choose another name.`),
  initNeedsLevel: t(() => 'cần --level tinh|huyen|xa hoặc --from <kế hoạch năm trước>', () => "needs --level tinh|huyen|xa or --from <last year's plan>"),
  initYearInvalid: t((p) => `--year "${s(p.value)}": năm không hợp lệ`, (p) => `--year "${s(p.value)}": not a valid year`),
  initNoYear: t(
    () => 'không xác định được năm của kế hoạch cũ (ghi "date" hoặc "năm …" trong trích yếu)',
    () => 'cannot tell the old plan\'s year (set "date" or "năm …" in the summary)',
  ),
  initRolled: t(
    (p) => `Đã tạo ${s(p.output)} từ ${s(p.from)}: ${s(p.changes)} chỗ đổi năm ${s(p.old)} → ${s(p.year)}; số và ngày văn bản để trống.`,
    (p) => `Created ${s(p.output)} from ${s(p.from)}: ${s(p.changes)} year ${plural(p.changes, 'change')} ${s(p.old)} → ${s(p.year)}; number and date cleared.`,
  ),
  initCreated: t(
    (p) => `Đã tạo ${s(p.output)} (cấp ${s(p.level)}, năm ${s(p.year)}). Sửa nội dung rồi chạy: cchc-plan build ${s(p.output)}`,
    (p) => `Created ${s(p.output)} (level ${s(p.level)}, year ${s(p.year)}). Edit it, then run: cchc-plan build ${s(p.output)}`,
  ),
} satisfies Record<string, Texts<P>>;
