// Main pages before thumbnails: pdf.js renders in one worker, so a thumbnail drawn while a page is
// wanted delays the page the reader is waiting for. Thumbnails therefore wait until the first page is
// on screen and no page is rendering, and then draw one at a time.

type Job = () => Promise<void>;

export class RenderGate {
  private pagesBusy = 0;
  private firstPageDone = false;
  private running = false;
  private readonly queue: Job[] = [];

  /** A main page starts rendering; call the returned function when it is done (or cancelled). */
  pageStarted(): () => void {
    this.pagesBusy++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.pagesBusy--;
      this.pump();
    };
  }

  pageRendered(): void {
    this.firstPageDone = true;
    this.pump();
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

  private pump(): void {
    if (this.running || !this.firstPageDone || this.pagesBusy > 0) return;
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
