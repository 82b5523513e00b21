/**
 * Texts of `cchc-plan import` (a Word file or a text turned into a plan YAML): why a file cannot be
 * read, and the notes of the import report — every guess and everything that could not be placed.
 * Vietnamese first, English second. Parameters are language-neutral; `unit` and `n` (paragraph or
 * line number) place a note in the source and are printed by the command, not in the message.
 */
import type { Params } from '../types.js';
import { entry, s } from './entry.js';

const LIMIT_VI: Record<string, string> = {
  'part-size': 'một phần XML sau khi giải nén',
  'total-size': 'tổng các phần XML sau khi giải nén',
  entries: 'số mục trong tệp nén',
  elements: 'số phần tử XML',
  depth: 'độ sâu lồng nhau của XML',
  paragraphs: 'số đoạn văn',
  'text-size': 'kích thước tệp văn bản',
  lines: 'số dòng',
};
const LIMIT_EN: Record<string, string> = {
  'part-size': 'one inflated XML part',
  'total-size': 'all inflated XML parts',
  entries: 'zip entries',
  elements: 'XML elements',
  depth: 'XML nesting depth',
  paragraphs: 'paragraphs',
  'text-size': 'text file size',
  lines: 'lines',
};
const excerptVi = (p: Params) => (p.text ? ` "${s(p.text)}"` : '');

export const importMessages = {
  // ---- reading the input (errors: nothing is written) ------------------------------------------
  'import-input-missing': entry(
    'error',
    { message: (p) => `Không tìm thấy tệp "${s(p.input)}".`, hint: () => 'Kiểm tra tên tệp và thư mục đang đứng (gõ đúng cả phần mở rộng .docx/.txt).' },
    { message: (p) => `File "${s(p.input)}" not found.`, hint: () => 'Check the file name (with its .docx/.txt extension) and the current folder.' },
  ),
  'import-input-unreadable': entry(
    'error',
    { message: (p) => `Không đọc được tệp: ${s(p.reason)}.`, hint: () => 'Kiểm tra quyền đọc tệp; nếu tệp đang mở trong Word, đóng lại rồi chạy lại lệnh.' },
    { message: (p) => `Cannot read the file: ${s(p.reason)}.`, hint: () => 'Check read permission; if the file is open in Word, close it and run the command again.' },
  ),
  'import-format': entry(
    'error',
    { message: (p) => `Không nhập được tệp "${s(p.ext)}": chỉ nhận .docx, .doc, .odt, .txt, .md.`, hint: () => 'Trong Word chọn Tệp → Lưu thành → "Word Document (*.docx)", hoặc sao chép nội dung vào một tệp .txt (UTF-8).' },
    { message: (p) => `Cannot import a "${s(p.ext)}" file: .docx, .doc, .odt, .txt and .md are accepted.`, hint: () => 'In Word choose File → Save As → "Word Document (*.docx)", or paste the text into a UTF-8 .txt file.' },
  ),
  'import-not-docx': entry(
    'error',
    { message: (p) => `Tệp không phải DOCX (không đọc được như tệp nén ZIP: ${s(p.detail)}).`, hint: () => 'Mở tệp trong Word hoặc LibreOffice và lưu lại dạng .docx; nếu là văn bản thuần, đổi phần mở rộng thành .txt.' },
    { message: (p) => `The file is not a DOCX (not a readable ZIP: ${s(p.detail)}).`, hint: () => 'Open it in Word or LibreOffice and save it as .docx; if it is plain text, rename it to .txt.' },
  ),
  'import-truncated': entry(
    'error',
    { message: () => 'Tệp DOCX bị cắt cụt (thiếu phần cuối của tệp nén): có thể tải về hoặc sao chép chưa xong.', hint: () => 'Tải lại hoặc sao chép lại tệp từ nguồn, rồi chạy lại lệnh.' },
    { message: () => 'The DOCX is truncated (the end of the zip is missing): the download or copy may not have finished.', hint: () => 'Download or copy the file again, then rerun the command.' },
  ),
  'import-encrypted': entry(
    'error',
    { message: () => 'Tệp Word có mật khẩu (đã mã hóa): không đọc được nội dung.', hint: () => 'Mở tệp trong Word, vào Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi nhập lại.' },
    { message: () => 'The Word file is password-protected (encrypted): its content cannot be read.', hint: () => 'Open it in Word, File → Info → Protect Document → Encrypt with Password, clear the password, save, and import again.' },
  ),
  'import-legacy-doc': entry(
    'error',
    { message: () => 'Đây là tệp Word 97–2003 (.doc) chứ không phải DOCX.', hint: () => 'Đặt đúng phần mở rộng .doc để công cụ tự chuyển bằng LibreOffice, hoặc mở trong Word và lưu lại dạng .docx.' },
    { message: () => 'This is a Word 97–2003 (.doc) file, not a DOCX.', hint: () => 'Give it the .doc extension so the tool converts it with LibreOffice, or open it in Word and save it as .docx.' },
  ),
  'import-too-large': entry(
    'error',
    { message: (p) => `Tệp vượt giới hạn an toàn: ${LIMIT_VI[s(p.what)] ?? s(p.what)} là ${s(p.value)}, tối đa ${s(p.max)}${p.part ? ` (${s(p.part)})` : ''}.`, hint: () => 'Một kế hoạch thường dưới 100 trang; tệp này có thể hỏng hoặc được tạo để gây hại (bom nén). Mở tệp trong Word, chỉ giữ nội dung kế hoạch, lưu thành tệp mới rồi nhập lại.' },
    { message: (p) => `The file exceeds a safety bound: ${LIMIT_EN[s(p.what)] ?? s(p.what)} is ${s(p.value)}, at most ${s(p.max)}${p.part ? ` (${s(p.part)})` : ''}.`, hint: () => 'A plan is usually under 100 pages; this file may be damaged or made to cause harm (a zip bomb). Open it in Word, keep only the plan, save as a new file and import again.' },
  ),
  'import-xml-dtd': entry(
    'error',
    { message: (p) => `Phần ${s(p.part)} có khai báo DOCTYPE/ENTITY: tệp Word thật không bao giờ có, và khai báo thực thể có thể làm bùng nổ bộ nhớ.`, hint: () => 'Tệp có thể đã bị sửa bằng tay hoặc do công cụ lạ tạo ra; mở trong Word và lưu lại thành tệp mới.' },
    { message: (p) => `Part ${s(p.part)} has a DOCTYPE/ENTITY declaration: real Word files never do, and entity declarations can blow up memory.`, hint: () => 'The file may have been edited by hand or made by an unusual tool; open it in Word and save it as a new file.' },
  ),
  'import-bad-xml': entry(
    'error',
    { message: (p) => `Tệp DOCX hỏng: XML không hợp lệ (${s(p.detail)}).`, hint: () => 'Mở tệp trong Word (Word thường tự sửa được), lưu lại rồi nhập lại.' },
    { message: (p) => `The DOCX is damaged: invalid XML (${s(p.detail)}).`, hint: () => 'Open it in Word (which can usually repair it), save it and import again.' },
  ),
  'import-encoding': entry(
    'error',
    { message: (p) => `Tệp văn bản không phải UTF-8 hay UTF-16 (byte sai ở vị trí ${s(p.offset)}), và không đọc được như bảng mã TCVN3/VNI.`, hint: () => 'Mở tệp trong Notepad, chọn Lưu thành → Mã hóa "UTF-8", rồi nhập lại.' },
    { message: (p) => `The text file is neither UTF-8 nor UTF-16 (bad byte at offset ${s(p.offset)}) and does not read as TCVN3/VNI.`, hint: () => 'Open it in Notepad, Save As → Encoding "UTF-8", and import again.' },
  ),
  'import-empty': entry(
    'error',
    { message: () => 'Tệp không có nội dung văn bản nào để nhập.', hint: () => 'Kiểm tra lại tệp (nội dung có thể nằm trong ảnh quét: cần nhận dạng chữ OCR trước).' },
    { message: () => 'The file has no text to import.', hint: () => 'Check the file (the content may be a scanned image: run OCR first).' },
  ),
  'import-soffice-missing': entry(
    'error',
    { message: (p) => `Cần LibreOffice (lệnh soffice) để đọc tệp ${s(p.ext)}, nhưng máy này chưa cài.`, hint: () => 'Mở tệp trong Word hoặc LibreOffice và chọn Lưu thành → "Word Document (*.docx)", rồi nhập tệp .docx; hoặc cài LibreOffice (https://www.libreoffice.org).' },
    { message: (p) => `LibreOffice (the soffice command) is needed to read a ${s(p.ext)} file and is not installed.`, hint: () => 'Open the file in Word or LibreOffice, Save As → "Word Document (*.docx)", and import the .docx; or install LibreOffice.' },
  ),
  'import-convert-failed': entry(
    'error',
    { message: (p) => `LibreOffice không chuyển được tệp sang DOCX: ${s(p.detail)}.`, hint: () => 'Mở tệp trong Word hoặc LibreOffice và tự lưu thành .docx, rồi nhập tệp đó.' },
    { message: (p) => `LibreOffice could not convert the file to DOCX: ${s(p.detail)}.`, hint: () => 'Open the file in Word or LibreOffice, save it as .docx yourself, and import that.' },
  ),
  'import-output-exists': entry(
    'error',
    { message: (p) => `Tệp ${s(p.output)} đã có: không ghi đè.`, hint: () => 'Chọn tên khác bằng -o, hoặc thêm --force nếu thật sự muốn ghi đè.' },
    { message: (p) => `${s(p.output)} already exists: not overwritten.`, hint: () => 'Choose another name with -o, or add --force to overwrite it.' },
  ),
  'import-output-unwritable': entry(
    'error',
    { message: (p) => `Không ghi được ${s(p.output)}: ${s(p.reason)}.`, hint: () => 'Kiểm tra thư mục đích có tồn tại và có quyền ghi; tệp không được đang mở trong chương trình khác.' },
    { message: (p) => `Cannot write ${s(p.output)}: ${s(p.reason)}.`, hint: () => 'Check that the folder exists and is writable, and that the file is not open in another program.' },
  ),
  'import-output-invalid': entry(
    'error',
    { message: (p) => `Kế hoạch nhập được không qua kiểm tra của công cụ (${s(p.code)}: ${s(p.detail)}); không ghi tệp.`, hint: () => 'Đây là lỗi của công cụ nhập; vui lòng báo lỗi kèm tệp nguồn.' },
    { message: (p) => `The imported plan does not pass the tool's own checks (${s(p.code)}: ${s(p.detail)}); nothing written.`, hint: () => 'This is a bug in the importer; please report it with the source file.' },
  ),

  // ---- notes of the report (warnings: the plan is written, the clerk checks these places) --------
  'import-unplaced': entry(
    'warning',
    { message: (p) => `Không xếp được vào cấu trúc kế hoạch, giữ nguyên thành đoạn văn:${excerptVi(p)}.`, hint: () => 'Xem chú thích "# …" trong tệp YAML và chuyển đoạn này vào đúng chỗ nếu cần.' },
    { message: (p) => `Could not be placed in the plan's structure; kept as a plain paragraph:${excerptVi(p)}.`, hint: () => 'See the "# …" comment in the YAML and move the paragraph where it belongs if needed.' },
  ),
  'import-dropped': entry(
    'warning',
    {
      message: (p) => `Bỏ qua ${s(p.what) === 'page-number' ? 'số trang' : s(p.what) === 'rule' ? 'đường kẻ' : s(p.what) === 'signature-mark' ? 'dấu hiệu chữ ký' : 'dòng trang trí'}:${excerptVi(p)}.`,
      hint: (p) => (s(p.what) === 'signature-mark' ? 'Chữ ký do người ký ký lên bản in, hoặc ảnh chữ ký ghi ở signature.image.' : 'Công cụ tự đánh số trang và tự vẽ đường kẻ.'),
    },
    {
      message: (p) => `Dropped ${s(p.what) === 'page-number' ? 'a page number' : s(p.what) === 'rule' ? 'a rule line' : s(p.what) === 'signature-mark' ? 'a signature mark' : 'page furniture'}:${excerptVi(p)}.`,
      hint: (p) => (s(p.what) === 'signature-mark' ? 'The signer signs the printed copy, or a signature image goes in signature.image.' : 'The tool numbers pages and draws the lines itself.'),
    },
  ),
  'import-placeholder': entry(
    'warning',
    { message: (p) => `Không tìm thấy ${FIELD_VI[s(p.field)] ?? s(p.field)}: đã ghi tạm "${s(p.value)}".`, hint: () => 'Sửa giá trị này trong tệp YAML trước khi dựng văn bản.' },
    { message: (p) => `No ${FIELD_EN[s(p.field)] ?? s(p.field)} found: wrote "${s(p.value)}" as a placeholder.`, hint: () => 'Fix this value in the YAML before building.' },
  ),
  'import-guess': entry(
    'warning',
    { message: (p) => `Đoán: ${GUESS_VI[s(p.what)]?.(p) ?? s(p.what)}.`, hint: () => 'Kiểm tra chỗ có chú thích "# Đoán" trong tệp YAML.' },
    { message: (p) => `Guess: ${GUESS_EN[s(p.what)]?.(p) ?? s(p.what)}.`, hint: () => 'Check the place marked "# Đoán" in the YAML.' },
  ),
  'import-regenerated': entry(
    'warning',
    { message: (p) => `${FIELD_VI[s(p.field)] ?? s(p.field)} do công cụ tự tạo theo mẫu, không lấy nguyên văn:${excerptVi(p)}.`, hint: () => 'So sánh với bản gốc sau khi dựng; sửa mẫu lời văn (templates) nếu cần giữ câu chữ cũ.' },
    { message: (p) => `${FIELD_EN[s(p.field)] ?? s(p.field)} is generated by the tool from its template, not copied:${excerptVi(p)}.`, hint: () => 'Compare with the original after building; change the templates if the old wording must stay.' },
  ),
  'import-table-unknown': entry(
    'warning',
    { message: (p) => `Bảng ${s(p.rows)} dòng không phải bảng phân công nhiệm vụ (không nhận ra các cột): nội dung các ô được giữ thành đoạn văn.`, hint: () => 'Kế hoạch chỉ có bảng phân công nhiệm vụ ở phụ lục; xem lại các đoạn này trong tệp YAML.' },
    { message: (p) => `A ${s(p.rows)}-row table is not a task table (its columns are not recognised): the cells are kept as paragraphs.`, hint: () => 'Plans only have task tables in appendices; review these paragraphs in the YAML.' },
  ),
  'import-table-column': entry(
    'warning',
    { message: (p) => `Cột "${s(p.header)}" của bảng nhiệm vụ không có trong kế hoạch: giá trị được ghi thành chú thích trong tệp YAML.`, hint: () => 'Các cột được hỗ trợ: STT, nội dung, chủ trì, phối hợp, thời gian, tần suất, sản phẩm.' },
    { message: (p) => `Column "${s(p.header)}" of the task table has no place in a plan: its values are written as comments in the YAML.`, hint: () => 'Supported columns: No., content, lead, coordinating, time, frequency, output.' },
  ),
  'import-body-table': entry(
    'warning',
    { message: (p) => `Bảng nhiệm vụ trong nội dung (${s(p.count)} nhiệm vụ) được chuyển thành các nhiệm vụ in trong nội dung (mỗi nhiệm vụ một đoạn kèm các dòng chủ trì, thời gian…).`, hint: () => 'Muốn giữ dạng bảng, chuyển các nhiệm vụ này vào phụ lục: tasks + appendices[].table.' },
    { message: (p) => `A task table in the body (${s(p.count)} tasks) becomes tasks printed in the body (one paragraph each with their lead, time… lines).`, hint: () => 'To keep a table, move these tasks to an appendix: tasks + appendices[].table.' },
  ),
  'import-legacy-converted': entry(
    'warning',
    { message: (p) => `Đã chuyển ${s(p.count)} đoạn chữ phông ${s(p.font)} từ bảng mã ${s(p.encoding)} sang Unicode.`, hint: () => 'Đọc soát các đoạn có dấu trong tệp YAML.' },
    { message: (p) => `Converted ${s(p.count)} runs in font ${s(p.font)} from ${s(p.encoding)} to Unicode.`, hint: () => 'Proofread the accented text in the YAML.' },
  ),
  'import-legacy-font-unicode': entry(
    'warning',
    { message: (p) => `Kiểu chữ ghi phông cũ ${s(p.font)} nhưng chữ là Unicode: giữ nguyên chữ (văn bản dựng lại dùng Times New Roman).`, hint: () => 'Không cần làm gì; lệnh check của tệp cũ sẽ báo lỗi phông.' },
    { message: (p) => `A style names the legacy font ${s(p.font)} but the text is Unicode: the text is kept (the rebuilt document uses Times New Roman).`, hint: () => 'Nothing to do; check of the old file reports the font.' },
  ),
  'import-legacy-text': entry(
    'warning',
    { message: (p) => `Văn bản gõ bằng bảng mã cũ ${s(p.encoding)} ("${s(p.sample)}"): đã chuyển sang Unicode.`, hint: () => 'Đọc soát các chữ có dấu trong tệp YAML.' },
    { message: (p) => `The text is in the legacy ${s(p.encoding)} encoding ("${s(p.sample)}"): converted to Unicode.`, hint: () => 'Proofread the accented text in the YAML.' },
  ),
};

const FIELD_VI: Record<string, string> = {
  issuer: 'tên cơ quan ban hành', abbreviation: 'chữ viết tắt cơ quan', place: 'địa danh', summary: 'trích yếu', body: 'nội dung',
  signature: 'chức vụ người ký', recipients: 'nơi nhận', number: 'số văn bản', date: 'ngày tháng', closing: 'đoạn kết',
  'appendix-reference': 'Dòng "(Kèm theo …)" của phụ lục', 'appendix-title': 'tên phụ lục', archive: 'Dòng "Lưu"', heading: 'tiêu đề của mục',
};
const FIELD_EN: Record<string, string> = {
  issuer: 'issuing agency', abbreviation: 'agency abbreviation', place: 'place name', summary: 'summary', body: 'body',
  signature: "signer's position", recipients: 'recipients', number: 'document number', date: 'date', closing: 'closing paragraph',
  'appendix-reference': 'The appendix "(Kèm theo …)" line', 'appendix-title': 'appendix title', archive: 'The "Lưu" line', heading: 'heading of a section',
};

const GUESS_VI: Record<string, (p: Params) => string> = {
  parent: (p) => `"${s(p.text)}" là cơ quan chủ quản (dòng trên tên cơ quan ban hành)`,
  abbreviation: (p) => `chữ viết tắt của cơ quan là "${s(p.value)}" (không có dòng "Số: …/…")`,
  heading: (p) => `"${s(p.text)}" là tiêu đề ${LEVEL_VI[s(p.as)] ?? s(p.as)}`,
  'not-heading': (p) => `"${s(p.text)}" là nội dung của ${LEVEL_VI[s(p.as)] ?? s(p.as)}, không phải tiêu đề`,
  level: (p) => `nhãn "${s(p.label)}" không đứng được ở chỗ này; in thành ${LEVEL_VI[s(p.as)] ?? s(p.as)}`,
  'task-field': (p) => `dòng "${s(p.label)}" của nhiệm vụ là ${TASK_FIELD_VI[s(p.field)] ?? s(p.field)}`,
  closing: (p) => `đoạn kết bắt đầu từ "${s(p.text)}"`,
  'no-closing': () => 'không thấy đoạn kết ("Trên đây là …" hoặc đoạn có "./."): công cụ sẽ in câu kết mặc định',
  grounds: (p) => `${s(p.count)} đoạn "Căn cứ …" là căn cứ ban hành`,
  signature: (p) => `"${s(p.text)}" là chức vụ người ký`,
  'signature-name': (p) => `"${s(p.text)}" là họ tên người ký`,
  archive: (p) => `dòng lưu "${s(p.text)}" đọc thành đơn vị "${s(p.units)}"`,
  'appendix-title': (p) => `"${s(p.text)}" là tên phụ lục`,
  'table-group': (p) => `dòng bảng "${s(p.text)}" là tên nhóm nhiệm vụ`,
  'place-from-issuer': (p) => `địa danh là "${s(p.value)}" (theo tên cơ quan)`,
  paragraph: (p) => `"${s(p.text)}" là đoạn văn riêng (văn bản không đánh dấu chỗ xuống dòng)`,
  date: (p) => `"${s(p.text)}" không có trên lịch: chỉ giữ năm và tháng có được`,
  'table-cell': () => 'ranh giới giữa hai ô của bảng trên dòng này (chỉ cách nhau một dấu cách trong văn bản)',
  summary: (p) => `"${s(p.text)}" là trích yếu (không có dòng tên loại văn bản)`,
  'signature-collective': (p) => `thêm dòng "TM. ${s(p.value)}" mà bản cũ thiếu (cấp phó của tập thể ký thay, Nghị định 30, Điều 13 khoản 2)`,
};
const GUESS_EN: Record<string, (p: Params) => string> = {
  parent: (p) => `"${s(p.text)}" is the parent agency (the line above the issuer)`,
  abbreviation: (p) => `the agency abbreviation is "${s(p.value)}" (no "Số: …/…" line)`,
  heading: (p) => `"${s(p.text)}" is the heading of a ${s(p.as)}`,
  'not-heading': (p) => `"${s(p.text)}" is the text of a ${s(p.as)}, not a heading`,
  level: (p) => `label "${s(p.label)}" cannot stand here; printed as a ${s(p.as)}`,
  'task-field': (p) => `task line "${s(p.label)}" is the ${s(p.field)}`,
  closing: (p) => `the closing starts at "${s(p.text)}"`,
  'no-closing': () => 'no closing paragraph ("Trên đây là …" or one ending in "./."): the tool prints its default closing',
  grounds: (p) => `${s(p.count)} "Căn cứ …" paragraphs are the legal grounds`,
  signature: (p) => `"${s(p.text)}" is the signer's position`,
  'signature-name': (p) => `"${s(p.text)}" is the signer's name`,
  archive: (p) => `archive line "${s(p.text)}" read as unit "${s(p.units)}"`,
  'appendix-title': (p) => `"${s(p.text)}" is the appendix title`,
  'table-group': (p) => `table row "${s(p.text)}" is a task group`,
  'place-from-issuer': (p) => `the place is "${s(p.value)}" (from the issuer)`,
  paragraph: (p) => `"${s(p.text)}" is a paragraph of its own (the text does not mark paragraph ends)`,
  date: (p) => `"${s(p.text)}" is not on the calendar: only the year and month that are kept`,
  'table-cell': () => 'the boundary between two table cells on this line (only one space apart in the text)',
  summary: (p) => `"${s(p.text)}" is the summary (there is no document type line)`,
  'signature-collective': (p) => `added the line "TM. ${s(p.value)}" the old file lacked (a deputy of a collective body signs for the head, Decree 30, Article 13.2)`,
};
const LEVEL_VI: Record<string, string> = { part: 'phần (A.)', section: 'mục (I.)', clause: 'khoản (1.)', subclause: 'tiểu khoản (1.1.)', point: 'điểm (a))', bullet: 'gạch đầu dòng (-)', task: 'nhiệm vụ', text: 'đoạn văn' };
const TASK_FIELD_VI: Record<string, string> = { lead: 'cơ quan chủ trì', coordinating: 'cơ quan phối hợp', time: 'thời gian', frequency: 'tần suất', output: 'sản phẩm' };

/** Words of the import report as the command prints it. */
export const IMPORT_WORDS = {
  vi: {
    kinds: {
      issuer: 'cơ quan ban hành', parent: 'cơ quan chủ quản', number: 'số văn bản', date: 'ngày tháng', place: 'địa danh', type: 'tên loại',
      summary: 'trích yếu', grounds: 'căn cứ', opening: 'đoạn mở đầu', part: 'phần', section: 'mục', clause: 'khoản', subclause: 'tiểu khoản',
      point: 'điểm', bullet: 'gạch đầu dòng', text: 'đoạn văn', task: 'nhiệm vụ', closing: 'đoạn kết', signature: 'khối chữ ký',
      recipient: 'nơi nhận', archive: 'dòng lưu', appendix: 'phụ lục', table: 'bảng nhiệm vụ',
    } as Record<string, string>,
    paragraph: 'đoạn',
    line: 'dòng',
    warning: 'cảnh báo',
    error: 'lỗi',
    recognised: 'Đã nhận ra',
    written: (input: string, output: string, notes: number) => `${input} → ${output}${notes ? ` (${notes} chỗ cần xem lại)` : ''}`,
    next: (output: string, input: string, docx: boolean) =>
      `Tiếp theo: đọc các cảnh báo và chú thích "# …" trong ${output}, rồi dựng vào một thư mục riêng (để không ghi đè tệp Word cũ cùng tên): "cchc-plan build ${output} -o moi"${docx ? `, và so với "cchc-plan check ${input}" của tệp cũ` : ''}.`,
    converting: (ext: string) => `Đang chuyển tệp ${ext} sang DOCX bằng LibreOffice…`,
  },
  en: {
    kinds: {
      issuer: 'issuer', parent: 'parent agency', number: 'number', date: 'date', place: 'place', type: 'type', summary: 'summary', grounds: 'grounds',
      opening: 'opening paragraphs', part: 'parts', section: 'sections', clause: 'clauses', subclause: 'sub-clauses', point: 'points',
      bullet: 'bullets', text: 'paragraphs', task: 'tasks', closing: 'closing', signature: 'signature block', recipient: 'recipients',
      archive: 'archive line', appendix: 'appendices', table: 'task tables',
    } as Record<string, string>,
    paragraph: '¶',
    line: 'line',
    warning: 'warning',
    error: 'error',
    recognised: 'Recognised',
    written: (input: string, output: string, notes: number) => `${input} → ${output}${notes ? ` (${notes} places to review)` : ''}`,
    next: (output: string, input: string, docx: boolean) =>
      `Next: read the warnings and the "# …" comments in ${output}, then build into a folder of its own (so the old Word file of the same name is not overwritten): "cchc-plan build ${output} -o moi"${docx ? `, and compare with "cchc-plan check ${input}" of the old file` : ''}.`,
    converting: (ext: string) => `Converting the ${ext} file to DOCX with LibreOffice…`,
  },
} as const;
