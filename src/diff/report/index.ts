/** The diff report in each output format: terminal text, Markdown, JSON, a self-contained HTML page. */
export { formatText, PLAIN, type TextColors } from './text.js';
export { formatMarkdown } from './markdown.js';
export { formatJson } from './json.js';
export { formatHtml } from './html.js';
export { summaryText } from './present.js';
