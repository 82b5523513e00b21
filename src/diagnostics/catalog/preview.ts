/**
 * Texts of `cchc-plan preview` said by the server and the command: the terminal lines and the
 * messages the page shows for a refused save, a conflict, a comparison that cannot be made.
 * (The page's own labels and buttons live in its bundle: src/preview/client/i18n.ts.)
 */
import type { Texts } from './entry.js';

const t = <P>(vi: (p: P) => string, en: (p: P) => string): Texts<P> => ({ vi, en });
type None = Record<string, never>;

export const previewTexts = {
  listening: t<{ url: string }>(
    (p) => `Xem trước kế hoạch tại: ${p.url}\nGiữ cửa sổ này mở trong khi làm việc; nhấn Ctrl+C hoặc đóng cửa sổ để dừng.`,
    (p) => `Preview at: ${p.url}\nKeep this window open while you work; press Ctrl+C or close the window to stop.`,
  ),
  opening: t<None>(
    () => 'Đang mở trình duyệt…',
    () => 'Opening the browser…',
  ),
  openFailed: t<{ reason: string }>(
    (p) => `Không tự mở được trình duyệt (${p.reason}); hãy sao chép địa chỉ trên vào trình duyệt.`,
    (p) => `Could not open the browser (${p.reason}); copy the address above into a browser.`,
  ),
  noPlan: t<{ folder: string }>(
    (p) => `Chưa chọn kế hoạch: trang xem trước liệt kê các kế hoạch trong thư mục ${p.folder} để chọn, hoặc tạo kế hoạch mới.`,
    (p) => `No plan given: the page lists the plans in ${p.folder} to pick from, or to create a new one.`,
  ),
  planNotFound: t<{ file: string }>(
    (p) => `không tìm thấy tệp kế hoạch: ${p.file}`,
    (p) => `plan file not found: ${p.file}`,
  ),
  notAPlan: t<{ file: string }>(
    (p) => `"${p.file}" không phải tệp kế hoạch .yaml`,
    (p) => `"${p.file}" is not a .yaml plan file`,
  ),
  badPort: t<{ port: string }>(
    (p) => `--port "${p.port}": cần một số từ 1024 đến 65535 (hoặc 0: cổng trống bất kỳ).`,
    (p) => `--port "${p.port}": use a number from 1024 to 65535 (or 0: any free port).`,
  ),
  portInUse: t<{ port: number }>(
    (p) => `cổng ${p.port} đang được dùng (có thể một bản xem trước khác đang chạy); bỏ --port để dùng cổng trống bất kỳ.`,
    (p) => `port ${p.port} is in use (perhaps by another preview); leave out --port to use any free port.`,
  ),
  stopped: t<None>(
    () => 'Đã dừng xem trước.',
    () => 'Preview stopped.',
  ),

  // ---- HTTP answers (a page or script that is not the preview's own) ---------------------
  forbidden: t<None>(
    () => 'Từ chối: yêu cầu không đến từ trang xem trước của cchc-plan (địa chỉ, mã truy cập hoặc nguồn không khớp).',
    () => 'Refused: the request did not come from the cchc-plan preview page (address, access token or origin do not match).',
  ),
  notFound: t<None>(
    () => 'Không có trang này.',
    () => 'Not found.',
  ),
  badRequest: t<None>(
    () => 'Yêu cầu không hợp lệ.',
    () => 'Bad request.',
  ),
  tooLarge: t<None>(
    () => 'Nội dung gửi lên quá lớn.',
    () => 'The request is too large.',
  ),

  // ---- the open plan -------------------------------------------------------------------
  notOpen: t<{ name: string }>(
    (p) => `Kế hoạch "${p.name}" không còn mở ở đây (một thẻ khác đã mở kế hoạch khác); tải lại trang.`,
    (p) => `"${p.name}" is no longer the open plan (another tab opened another one); reload the page.`,
  ),
  conflict: t<{ name: string }>(
    (p) => `Tệp "${p.name}" trên đĩa đã được sửa ở nơi khác (chương trình khác) sau lần mở hoặc lưu gần nhất; chưa ghi gì để không mất thay đổi đó.`,
    (p) => `"${p.name}" was changed on disk elsewhere (another program) since it was opened or last saved; nothing was written, so that change is not lost.`,
  ),
  saveFailed: t<{ name: string; reason: string }>(
    (p) => `Không lưu được "${p.name}": ${p.reason}. Tệp có thể đang mở ở chương trình khác hoặc thư mục không cho phép ghi.`,
    (p) => `Could not save "${p.name}": ${p.reason}. The file may be locked by another program, or the folder is read-only.`,
  ),
  readOnly: t<{ name: string }>(
    (p) => `"${p.name}" không phải văn bản UTF-8: chỉ xem, không lưu từ trang này (lưu từ trang sẽ làm hỏng chữ). Chuyển mã tệp sang UTF-8 trước.`,
    (p) => `"${p.name}" is not UTF-8 text: shown read-only, never saved from this page (it would garble the text). Convert the file to UTF-8 first.`,
  ),
  missing: t<{ name: string }>(
    (p) => `Không còn tìm thấy "${p.name}" trên đĩa (đã bị xóa, đổi tên hoặc không đọc được). Nhấn Lưu để ghi lại nội dung đang sửa.`,
    (p) => `"${p.name}" is no longer on disk (deleted, renamed or unreadable). Press Save to write the text being edited.`,
  ),
  unknownPlan: t<{ name: string }>(
    (p) => `Không có kế hoạch "${p.name}" trong thư mục này.`,
    (p) => `There is no plan "${p.name}" in this folder.`,
  ),
  internal: t<{ message: string }>(
    (p) => `Lỗi nội bộ của công cụ: ${p.message}. Vui lòng báo lỗi kèm tệp kế hoạch.`,
    (p) => `Internal error in the tool: ${p.message}. Please report it with the plan file.`,
  ),

  // ---- comparing -------------------------------------------------------------------------
  compareCurrentInvalid: t<None>(
    () => 'Kế hoạch đang sửa còn lỗi: sửa hết lỗi (danh sách bên trái) rồi so sánh.',
    () => 'The plan being edited has errors: fix them (list on the left), then compare.',
  ),
  compareOtherInvalid: t<{ name: string; first: string }>(
    (p) => `Kế hoạch "${p.name}" có lỗi nên không so sánh được: ${p.first}`,
    (p) => `"${p.name}" has errors and cannot be compared: ${p.first}`,
  ),

  // ---- creating a plan -------------------------------------------------------------------
  badFileName: t<{ file: string }>(
    (p) => `Tên tệp "${p.file}" không dùng được: chỉ chữ, số, dấu cách, "-", "_", "." và đuôi .yaml; không có "/" hay "\\".`,
    (p) => `"${p.file}" cannot be used: letters, digits, spaces, "-", "_", "." and a .yaml ending only; no "/" or "\\".`,
  ),
  needLevel: t<None>(
    () => 'Chọn cấp (tỉnh, huyện, xã) hoặc một kế hoạch năm trước.',
    () => 'Choose a level (province, district, commune) or last year\'s plan.',
  ),
} satisfies Record<string, Texts<never>>;

export type PreviewTextKey = keyof typeof previewTexts;
