/**
 * The words of the command line (build, validate, init, diff, watch): usage errors, progress and
 * summaries. Vietnamese first, English second; the CLI picks the language with --lang.
 */
import type { Texts } from './entry.js';
import { s } from './entry.js';
import { reasonText } from './plan.js';

type P = Record<string, unknown>;
const t = (vi: (p: P) => string, en: (p: P) => string): Texts<P> => ({ vi, en });
/** Whether a system call reads (the words for EACCES differ). */
const readOp = (syscall: unknown): 'read' | 'write' => (['open', 'read', 'scandir', 'stat', 'lstat', 'watch'].includes(String(syscall)) ? 'read' : 'write');
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
  initNeedsLevel: t(
    () => 'cần --level (tỉnh, thành phố, xã, phường, đặc khu; huyện cho kế hoạch trước 01/7/2025) hoặc --from <kế hoạch năm trước>',
    () => "needs --level (tỉnh, thành phố, xã, phường, đặc khu; huyện for plans before 1 July 2025) or --from <last year's plan>",
  ),
  initLevelInvalid: t(
    (p) => `--level "${s(p.value)}": không có cấp này. ${p.suggestion ? `Có phải ý bạn là "${s(p.suggestion)}"? ` : ''}Các cấp: tỉnh, thành phố, xã, phường, đặc khu (gõ có dấu hay không dấu đều được: xa, phuong, dac-khu), huyện (kế hoạch trước 01/7/2025).`,
    (p) => `--level "${s(p.value)}": no such level. ${p.suggestion ? `Did you mean "${s(p.suggestion)}"? ` : ''}Levels: tỉnh, thành phố, xã, phường, đặc khu (with or without diacritics: xa, phuong, dac-khu), huyện (plans before 1 July 2025).`,
  ),
  initDistrictAbolished: t(
    (p) => `--level ${s(p.level)}: từ 01/7/2025 chính quyền địa phương còn hai cấp (tỉnh; xã, phường, đặc khu), không còn cấp huyện. Dùng --level xã, phường, đặc khu hoặc tỉnh; cấp huyện chỉ dùng cho kế hoạch trước ngày đó (--year 2025 trở về trước), không dùng cho năm ${s(p.year)}.`,
    (p) => `--level ${s(p.level)}: since 1 July 2025 local government has two levels (province; commune, ward, special zone) and no districts. Use --level xã, phường, đặc khu or tỉnh; huyện is only for plans dated before then (--year 2025 or earlier), not for ${s(p.year)}.`,
  ),
  initLevelNotYet: t(
    (p) => `--level ${s(p.level)}: đặc khu có từ 01/7/2025, không có kế hoạch năm ${s(p.year)}.`,
    (p) => `--level ${s(p.level)}: special zones exist since 1 July 2025, not in ${s(p.year)}.`,
  ),
  initNeedsName: t(
    (p) => `cần tên ${s(p.level)}: thêm --name, ví dụ cchc-plan init ${s(p.output)} --level "${s(p.level)}" --name "Sơn Mai" (không hỏi được vì lệnh không chạy trong terminal).`,
    (p) => `needs the ${s(p.level)}'s name: add --name, e.g. cchc-plan init ${s(p.output)} --level "${s(p.level)}" --name "Sơn Mai" (cannot ask: not running in a terminal).`,
  ),
  initAskName: t((p) => `Tên ${s(p.level)} (ví dụ "Sơn Mai"): `, (p) => `Name of the ${s(p.level)} (e.g. "Sơn Mai"): `),
  initYearInvalid: t((p) => `--year "${s(p.value)}": năm không hợp lệ`, (p) => `--year "${s(p.value)}": not a valid year`),
  initNoYear: t(
    () => 'không xác định được năm của kế hoạch cũ (ghi "date" hoặc "năm …" trong trích yếu)',
    () => 'cannot tell the old plan\'s year (set "date" or "năm …" in the summary)',
  ),
  initFromUnreadable: t((p) => `--from: không đọc được "${s(p.value)}" (${reasonText(p.reason as string, 'vi', 'read')}).`, (p) => `--from: cannot read "${s(p.value)}" (${reasonText(p.reason as string, 'en', 'read')}).`),
  initUnwritable: t((p) => `không ghi được "${s(p.value)}" (${reasonText(p.reason as string, 'vi')}).`, (p) => `cannot write "${s(p.value)}" (${reasonText(p.reason as string, 'en')}).`),
  initRolled: t(
    (p) => `Đã tạo ${s(p.output)} từ ${s(p.from)}: ${s(p.changes)} chỗ đổi năm ${s(p.old)} → ${s(p.year)}; số văn bản bỏ, ngày để năm ${s(p.year)} (dự thảo). Các dòng đã đổi:`,
    (p) => `Created ${s(p.output)} from ${s(p.from)}: ${s(p.changes)} year ${plural(p.changes, 'change')} ${s(p.old)} → ${s(p.year)}; number removed, date set to ${s(p.year)} (draft). Lines changed:`,
  ),
  initWouldRoll: t(
    (p) => `Thử (--dry-run), không ghi tệp: ${s(p.output)} từ ${s(p.from)} sẽ có ${s(p.changes)} chỗ đổi năm ${s(p.old)} → ${s(p.year)}; số văn bản bỏ, ngày để năm ${s(p.year)} (dự thảo). Các dòng sẽ đổi:`,
    (p) => `Dry run, nothing written: ${s(p.output)} from ${s(p.from)} would have ${s(p.changes)} year ${plural(p.changes, 'change')} ${s(p.old)} → ${s(p.year)}; number removed, date set to ${s(p.year)} (draft). Lines that would change:`,
  ),
  initLine: t((p) => `dòng ${s(p.line)}:`, (p) => `line ${s(p.line)}:`),
  initLineRemoved: t(() => '(bỏ dòng này: bản dự thảo chưa có số)', () => '(line removed: a draft has no number)'),
  initKept: t(
    (p) => `Giữ nguyên ${s(p.count)} chỗ có năm ${s(p.old)} thuộc văn bản khác (xem lại nếu cần):`,
    (p) => `Kept ${s(p.count)} ${plural(p.count, 'mention')} of ${s(p.old)} that belong to other documents (review if needed):`,
  ),
  initKeptReason: t(
    (p) => ({ date: 'ngày của văn bản khác', cited: 'văn bản được dẫn', period: 'giai đoạn, mốc thời gian', grounds: 'căn cứ' })[s(p.reason)] ?? s(p.reason),
    (p) => ({ date: 'date of another document', cited: 'cited document', period: 'period or target year', grounds: 'grounds' })[s(p.reason)] ?? s(p.reason),
  ),
  initCreated: t(
    (p) => `Đã tạo ${s(p.output)} (${s(p.level)} ${s(p.name)}, năm ${s(p.year)}). Sửa nội dung rồi chạy: cchc-plan build ${s(p.output)}`,
    (p) => `Created ${s(p.output)} (${s(p.level)} ${s(p.name)}, year ${s(p.year)}). Edit it, then run: cchc-plan build ${s(p.output)}`,
  ),
  initWouldCreate: t(
    (p) => `Thử (--dry-run), không ghi tệp: sẽ tạo ${s(p.output)} (${s(p.level)} ${s(p.name)}, năm ${s(p.year)}).`,
    (p) => `Dry run, nothing written: would create ${s(p.output)} (${s(p.level)} ${s(p.name)}, year ${s(p.year)}).`,
  ),
  // usage errors and help (commander's words, in the user's language)
  usageError: t((p) => `cchc-plan: ${s(p.text)}`, (p) => `cchc-plan: ${s(p.text)}`),
  usageSeeHelp: t((p) => `Xem: ${s(p.command)} --help`, (p) => `See: ${s(p.command)} --help`),
  usageUnknownCommand: t(
    (p) => `không có lệnh "${s(p.value)}".${p.suggestion ? ` Có phải ý bạn là "${s(p.suggestion)}"?` : ` Các lệnh: ${s(p.commands)}.`}`,
    (p) => `unknown command "${s(p.value)}".${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ` Commands: ${s(p.commands)}.`}`,
  ),
  usageUnknownOption: t(
    (p) => `không có tùy chọn "${s(p.value)}".${p.suggestion ? ` Có phải ý bạn là "${s(p.suggestion)}"?` : ''}`,
    (p) => `unknown option "${s(p.value)}".${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ''}`,
  ),
  usageMissingArgument: t(
    (p) => `thiếu đối số <${s(p.name)}>${p.about ? ` (${s(p.about)})` : ''}.`,
    (p) => `missing argument <${s(p.name)}>${p.about ? ` (${s(p.about)})` : ''}.`,
  ),
  usageOptionMissingValue: t((p) => `tùy chọn ${s(p.flags)} cần một giá trị.`, (p) => `option ${s(p.flags)} needs a value.`),
  usageExcessArguments: t(
    (p) => `thừa đối số "${s(p.extra)}": lệnh nhận ${s(p.expected)} đối số, nhận được ${s(p.received)}.`,
    (p) => `unexpected argument "${s(p.extra)}": the command takes ${s(p.expected)} ${plural(p.expected, 'argument')}, got ${s(p.received)}.`,
  ),
  usageInvalidChoice: t(
    (p) => `${s(p.name)} "${s(p.value)}": giá trị không hợp lệ.${p.suggestion ? ` Có phải ý bạn là "${s(p.suggestion)}"?` : ''} Giá trị được phép: ${s(p.allowed)}.`,
    (p) => `${s(p.name)} "${s(p.value)}": not allowed.${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ''} Allowed values: ${s(p.allowed)}.`,
  ),
  helpChoices: t((p) => `chọn: ${s(p.values)}`, (p) => `choices: ${s(p.values)}`),
  helpDefault: t((p) => `mặc định: ${s(p.value)}`, (p) => `default: ${s(p.value)}`),
  helpOption: t(() => 'in trợ giúp', () => 'print help'),
  helpCommand: t(() => 'in trợ giúp của một lệnh', () => 'print help for a command'),
  versionOption: t(() => 'in số phiên bản', () => 'print the version number'),
  helpCommandArg: t(() => 'help [lệnh]', () => 'help [command]'),
  systemError: t(
    (p) => `không ${({ open: 'mở', read: 'đọc', scandir: 'đọc thư mục', stat: 'đọc', lstat: 'đọc', write: 'ghi', rename: 'ghi', mkdir: 'tạo thư mục', unlink: 'xóa', rmdir: 'xóa', copyfile: 'sao chép', watch: 'theo dõi' } as Record<string, string>)[s(p.syscall)] ?? 'truy cập'} được "${s(p.path)}" (${reasonText(p.reason as string, 'vi', readOp(p.syscall))}).`,
    (p) => `cannot ${({ open: 'open', read: 'read', scandir: 'read the folder', stat: 'read', lstat: 'read', write: 'write', rename: 'write', mkdir: 'create the folder', unlink: 'delete', rmdir: 'delete', copyfile: 'copy', watch: 'watch' } as Record<string, string>)[s(p.syscall)] ?? 'access'} "${s(p.path)}" (${reasonText(p.reason as string, 'en', readOp(p.syscall))}).`,
  ),
  // --watch
  watchRebuilding: t((p) => `Dựng lại ${s(p.files)}…`, (p) => `Rebuilding ${s(p.files)}…`),
  watchDone: t((p) => `xong (${s(p.seconds).replace('.', ',')} giây)`, (p) => `done (${s(p.seconds)} s)`),
  watchFailed: t((p) => `còn lỗi: sửa rồi lưu tệp, công cụ sẽ dựng lại (${s(p.seconds).replace('.', ',')} giây)`, (p) => `errors: fix them and save, it rebuilds (${s(p.seconds)} s)`),
  watchUnwritable: t((p) => `không ghi được tệp kết quả (${s(p.seconds).replace('.', ',')} giây)`, (p) => `could not write the outputs (${s(p.seconds)} s)`),
  watchStop: t(() => '— đang theo dõi, Ctrl+C để dừng', () => '— watching, Ctrl+C to stop'),
  // build --open
  opening: t((p) => `Đang mở ${s(p.file)}`, (p) => `Opening ${s(p.file)}`),
  openFailed: t(
    (p) => `--open: không mở được ${s(p.file)}${p.program ? ` bằng ${s(p.program)}` : ''} (${reasonText(p.reason as string, 'vi', 'read')}); tệp đã được ghi, mở bằng tay.`,
    (p) => `--open: could not open ${s(p.file)}${p.program ? ` with ${s(p.program)}` : ''} (${reasonText(p.reason as string, 'en', 'read')}); the file was written, open it by hand.`,
  ),
  openTooMany: t(
    (p) => `--open: đã dựng ${s(p.count)} kế hoạch, chỉ tự mở khi dựng tối đa ${s(p.limit)}; mở tệp cần xem bằng tay.`,
    (p) => `--open: ${s(p.count)} plans built; files are opened only for up to ${s(p.limit)}; open the ones you need by hand.`,
  ),
} satisfies Record<string, Texts<P>>;
