/**
 * The document pane: the PDF's pages drawn by pdf.js, one canvas per page. A new PDF replaces
 * the pages in place (each new canvas is drawn off screen, then swapped), so the page being read
 * and the scroll position stay put; pages on screen are drawn first, the others when scrolled to.
 */
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import { t } from './i18n.js';

GlobalWorkerOptions.workerSrc = 'assets/pdf.worker.mjs';

/** One worker for every PDF shown: starting one (1 MB of script) per update would cost more than drawing. */
let worker: PDFWorker | undefined;

interface Slot {
  wrap: HTMLDivElement;
  /** Generation of the canvas it shows. */
  drawn: number;
  page?: PDFPageProxy;
  task?: RenderTask;
  width: number;
  height: number;
}

export interface DrawReport {
  generation: number;
  /** performance.now() when the PDF was parsed, its pages laid out, page 1 on screen. */
  loaded?: number;
  laidOut?: number;
  firstPage?: number;
}

export class PdfView {
  private doc: PDFDocumentProxy | undefined;
  private slots: Slot[] = [];
  private generation = 0;
  private zoom = 1;
  private visible = new Set<number>();
  private readonly observer: IntersectionObserver;
  private drawing = false;
  private reports = new Map<number, (r: DrawReport) => void>();
  private firstPageAt: number | undefined;
  private stamps = new Map<number, { loaded: number; laidOut: number }>();

  constructor(
    private readonly scroller: HTMLElement,
    private readonly pages: HTMLElement,
    private readonly onPage: (text: string) => void,
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const i = Number((e.target as HTMLElement).dataset.index);
          if (e.isIntersecting) this.visible.add(i);
          else this.visible.delete(i);
        }
        this.pageIndicator();
        void this.drawLoop();
      },
      { root: scroller, rootMargin: '50% 0px' },
    );
    scroller.addEventListener('scroll', () => this.pageIndicator(), { passive: true });
    let resize: number | undefined;
    new ResizeObserver(() => {
      clearTimeout(resize);
      resize = window.setTimeout(() => void this.relayout(), 120);
    }).observe(scroller);
  }

  get pageCount(): number {
    return this.slots.length;
  }

  /** Show a new PDF; resolves when page 1 (or the first page on screen) is drawn. */
  async show(bytes: Uint8Array): Promise<DrawReport> {
    const generation = ++this.generation;
    this.firstPageAt = undefined;
    // Reports of PDFs this one overtakes: they will never be drawn.
    for (const [g, report] of this.reports) report({ generation: g });
    this.reports.clear();
    worker ??= new PDFWorker();
    const doc = await getDocument({ data: bytes, worker, isEvalSupported: false, enableXfa: false, useSystemFonts: false }).promise;
    if (generation !== this.generation) {
      void doc.destroy();
      return { generation };
    }
    const loaded = performance.now();
    const old = this.doc;
    this.doc = doc;
    const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
    if (generation !== this.generation) return { generation };
    this.stamps.set(generation, { loaded, laidOut: performance.now() });
    for (const s of this.slots) s.task?.cancel();
    while (this.slots.length > pages.length) {
      const s = this.slots.pop()!;
      this.observer.unobserve(s.wrap);
      this.visible.delete(this.slots.length);
      s.wrap.remove();
    }
    pages.forEach((page, i) => {
      let slot = this.slots[i];
      if (!slot) {
        const wrap = document.createElement('div');
        wrap.className = 'page';
        wrap.dataset.index = String(i);
        this.pages.append(wrap);
        slot = { wrap, drawn: 0, width: 0, height: 0 };
        this.slots.push(slot);
        this.observer.observe(wrap);
      }
      slot.page = page;
      delete slot.task;
      this.size(slot);
    });
    if (old) void old.destroy();
    const done = new Promise<DrawReport>((resolve) => this.reports.set(generation, resolve));
    this.pageIndicator();
    void this.drawLoop();
    return done;
  }

  /**
   * Draw page 1 of a PDF of the document's first pages (long plans) over the current page 1,
   * while the whole PDF is being made; `show` then replaces every page. Nothing to do before the
   * first whole PDF is shown.
   */
  async showFirst(bytes: Uint8Array): Promise<DrawReport> {
    const slot = this.slots[0];
    const generation = this.generation;
    if (!slot?.page) return { generation };
    worker ??= new PDFWorker();
    const doc = await getDocument({ data: bytes, worker, isEvalSupported: false, enableXfa: false, useSystemFonts: false }).promise;
    const loaded = performance.now();
    try {
      const page = await doc.getPage(1);
      if (generation !== this.generation) return { generation };
      // This page 1 is newer than the one being drawn, if any.
      slot.drawn = generation;
      slot.task?.cancel();
      const canvas = await this.paint(page, slot, 0);
      if (!canvas || generation !== this.generation) return { generation };
      slot.wrap.replaceChildren(canvas);
      return { generation, loaded, laidOut: loaded, firstPage: performance.now() };
    } finally {
      void doc.destroy();
    }
  }

  /** A page drawn on a new canvas at the slot's size (undefined when cancelled). */
  private async paint(page: PDFPageProxy, slot: Slot, index: number): Promise<HTMLCanvasElement | undefined> {
    const scale = this.scaleFor(page);
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const vp = page.getViewport({ scale: scale * ratio });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(vp.width);
    canvas.height = Math.floor(vp.height);
    canvas.style.width = `${slot.width}px`;
    canvas.style.height = `${slot.height}px`;
    canvas.setAttribute('aria-label', t('page', { n: index + 1, total: this.slots.length }));
    const task = page.render({ canvas, viewport: vp });
    slot.task = task;
    try {
      await task.promise;
      return canvas;
    } catch {
      return undefined;
    } finally {
      if (slot.task === task) delete slot.task;
    }
  }

  private scaleFor(page: PDFPageProxy): number {
    const width = Math.max(200, this.scroller.clientWidth - 36);
    const first = this.slots[0]?.page ?? page;
    const fit = width / first.getViewport({ scale: 1 }).width;
    const own = width / page.getViewport({ scale: 1 }).width;
    return Math.min(fit, own) * this.zoom;
  }

  private size(slot: Slot): void {
    const vp = slot.page!.getViewport({ scale: this.scaleFor(slot.page!) });
    slot.width = Math.floor(vp.width);
    slot.height = Math.floor(vp.height);
    slot.wrap.style.width = `${slot.width}px`;
    slot.wrap.style.height = `${slot.height}px`;
  }

  /** Draw the pages on screen (in reading order) that do not show the newest PDF yet. */
  private async drawLoop(): Promise<void> {
    if (this.drawing) return;
    this.drawing = true;
    try {
      for (;;) {
        const generation = this.generation;
        const next = [...this.visible].sort((a, b) => a - b).find((i) => this.slots[i] && this.slots[i]!.drawn !== generation && this.slots[i]!.page);
        if (next === undefined) break;
        await this.draw(this.slots[next]!, next, generation);
      }
    } finally {
      this.drawing = false;
    }
  }

  private async draw(slot: Slot, index: number, generation: number): Promise<void> {
    const canvas = await this.paint(slot.page!, slot, index);
    if (!canvas) {
      // Cancelled by a newer PDF or a resize: that one draws the page.
      if (slot.drawn !== this.generation) slot.drawn = -1;
      return;
    }
    if (generation !== this.generation) return;
    slot.wrap.replaceChildren(canvas);
    slot.drawn = generation;
    if (index === 0 || this.firstPageAt === undefined) {
      this.firstPageAt ??= performance.now();
      const report = this.reports.get(generation);
      if (report) {
        this.reports.delete(generation);
        report({ generation, ...this.stamps.get(generation), firstPage: this.firstPageAt });
        this.stamps.delete(generation);
      }
    }
  }

  private async relayout(): Promise<void> {
    if (!this.slots.length) return;
    const generation = ++this.generation;
    for (const s of this.slots) {
      s.task?.cancel();
      if (s.page) this.size(s);
    }
    void generation;
    void this.drawLoop();
  }

  setZoom(kind: 'in' | 'out' | 'fit'): void {
    this.zoom = kind === 'fit' ? 1 : Math.max(0.5, Math.min(2.5, this.zoom * (kind === 'in' ? 1.2 : 1 / 1.2)));
    void this.relayout();
  }

  private pageIndicator(): void {
    if (!this.slots.length) return this.onPage('');
    const mid = this.scroller.scrollTop + this.scroller.clientHeight / 3;
    let n = 1;
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i]!.wrap.offsetTop <= mid) n = i + 1;
    this.onPage(t('page', { n, total: this.slots.length }));
  }

  /** Every page at print resolution (about 150 dpi), for the browser's print. */
  async printImages(target: HTMLElement): Promise<void> {
    target.replaceChildren();
    for (const slot of this.slots) {
      if (!slot.page) continue;
      const vp = slot.page.getViewport({ scale: 2 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(vp.width);
      canvas.height = Math.floor(vp.height);
      await slot.page.render({ canvas, viewport: vp }).promise;
      const img = document.createElement('img');
      img.src = canvas.toDataURL('image/png');
      img.className = vp.width > vp.height ? 'landscape' : 'portrait';
      target.append(img);
    }
  }
}
