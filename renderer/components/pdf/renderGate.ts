// The order in which pages are drawn. pdf.js renders in one worker, so two pages drawn at once both
// finish late: the page the reader looks at is drawn first and alone, then the pages around it one
// at a time, nearest first (the next page before the previous one); thumbnails only when the first
// page is on screen and no page is waiting, also one at a time.

type Job = () => Promise<void>;

interface PageJob {
  page: number;
  run: Job;
}

export class RenderGate {
  private readonly pages: PageJob[] = [];
  private pageRunning = false;
  private firstPageDone = false;
  private running = false;
  private readonly queue: Job[] = [];
  /** The pages in view (first, last): they go first. */
  private view: [number, number] = [1, 1];

  /** `onFirstPage`: told once, when the first main page is on screen. */
  constructor(private readonly onFirstPage?: () => void) {}

  /** The pages now in view; the queue is ordered by the distance to them. */
  setView(first: number, last: number): void {
    this.view = [first, Math.max(first, last)];
  }

  /**
   * Queues the drawing of a page; the returned function drops it if it has not started yet (a
   * started one is cancelled by its own render task). The job must settle when done or cancelled.
   */
  schedulePage(page: number, run: Job): () => void {
    const job: PageJob = { page, run };
    this.pages.push(job);
    this.pumpPages();
    return () => {
      const i = this.pages.indexOf(job);
      if (i !== -1) this.pages.splice(i, 1);
      this.pump();
    };
  }

  /** A main page is on screen: from now on thumbnails may be drawn (when no page waits). */
  pageRendered(): void {
    if (!this.firstPageDone) this.onFirstPage?.();
    this.firstPageDone = true;
  }

  /** Queues a low-priority job; the returned function drops it if it has not started yet. */
  enqueue(job: Job): () => void {
    this.queue.push(job);
    this.pump();
    return () => {
      const i = this.queue.indexOf(job);
      if (i !== -1) this.queue.splice(i, 1);
    };
  }

  /** 0 for a page in view, else its distance to the view (a page after it slightly before one before). */
  private rank(page: number): number {
    const [first, last] = this.view;
    if (page >= first && page <= last) return 0;
    return page > last ? (page - last) * 2 - 1 : (first - page) * 2;
  }

  private pumpPages(): void {
    if (this.pageRunning || this.pages.length === 0) return;
    let best = 0;
    for (let i = 1; i < this.pages.length; i += 1) {
      if (this.rank(this.pages[i]!.page) < this.rank(this.pages[best]!.page)) best = i;
    }
    const [job] = this.pages.splice(best, 1);
    this.pageRunning = true;
    void job!
      .run()
      .catch(() => undefined)
      .finally(() => {
        this.pageRunning = false;
        // The next page at once (its canvas is drawn in animation frames, so the finished page is
        // painted in between); thumbnails when no page waits.
        if (this.pages.length > 0) this.pumpPages();
        else this.pump();
      });
  }

  private pump(): void {
    if (this.pages.length > 0) return this.pumpPages();
    if (this.running || this.pageRunning || !this.firstPageDone) return;
    const job = this.queue.shift();
    if (job === undefined) return;
    this.running = true;
    // A macrotask between jobs lets input and page renders in.
    void job()
      .catch(() => undefined)
      .finally(() => {
        this.running = false;
        setTimeout(() => this.pump(), 0);
      });
  }
}
