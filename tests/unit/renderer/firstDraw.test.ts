import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dropFirstDraw,
  startFirstDraw,
  takeFirstDraw,
} from '../../../renderer/components/pdf/firstDraw';
import type { PDFDocumentProxy, PDFPageProxy } from '../../../renderer/components/pdf/pdfjs';

// The early draw of a new document's first page (renderer/components/pdf/firstDraw.ts): the page's
// own job adopts it only for the same page, scale and turn; anything else is cancelled.

interface FakeTask {
  promise: Promise<void>;
  cancel: ReturnType<typeof vi.fn>;
}

function fakePage(pageNumber: number): { page: PDFPageProxy; tasks: FakeTask[] } {
  const tasks: FakeTask[] = [];
  const page = {
    pageNumber,
    getViewport: ({ scale, rotation }: { scale: number; rotation: number }) => ({
      width: (rotation % 180 === 0 ? 595 : 842) * scale,
      height: (rotation % 180 === 0 ? 842 : 595) * scale,
    }),
    render: () => {
      const task = { promise: Promise.resolve(), cancel: vi.fn() };
      tasks.push(task);
      return task;
    },
  } as unknown as PDFPageProxy;
  return { page, tasks };
}

const newDoc = (): PDFDocumentProxy => ({}) as PDFDocumentProxy;

beforeEach(() => {
  vi.stubGlobal('window', { devicePixelRatio: 1 });
  vi.stubGlobal('document', { createElement: () => ({ style: {}, className: '' }) });
});
afterEach(() => vi.unstubAllGlobals());

describe('the first page drawn while the page list mounts', () => {
  it('is adopted once by the same page at the same scale and turn, on a canvas of its size', () => {
    const doc = newDoc();
    const { page, tasks } = fakePage(1);
    startFirstDraw(doc, page, 1.5, 0, 'canvas');
    const taken = takeFirstDraw(doc, 1, 1.5, 0);
    expect(taken?.task).toBe(tasks[0]);
    expect(taken?.canvas).toMatchObject({ width: 892, height: 1263, className: 'canvas' });
    expect(tasks[0]!.cancel).not.toHaveBeenCalled();
    expect(takeFirstDraw(doc, 1, 1.5, 0)).toBeNull();
  });

  it('is cancelled when asked at another scale or turn, and not given to another page', () => {
    const doc = newDoc();
    const { page, tasks } = fakePage(1);
    startFirstDraw(doc, page, 1.5, 0, 'canvas');
    expect(takeFirstDraw(doc, 2, 1.5, 0)).toBeNull();
    expect(tasks[0]!.cancel).not.toHaveBeenCalled();
    expect(takeFirstDraw(doc, 1, 1.25, 0)).toBeNull();
    expect(tasks[0]!.cancel).toHaveBeenCalledOnce();

    startFirstDraw(doc, page, 1.5, 0, 'canvas');
    expect(takeFirstDraw(doc, 1, 1.5, 90)).toBeNull();
    expect(tasks[1]!.cancel).toHaveBeenCalledOnce();
  });

  it('is cancelled when dropped or started again, and kept per document', () => {
    const a = newDoc();
    const b = newDoc();
    const { page, tasks } = fakePage(1);
    startFirstDraw(a, page, 1, 0, 'canvas');
    startFirstDraw(b, page, 1, 0, 'canvas');
    startFirstDraw(a, page, 2, 0, 'canvas');
    expect(tasks[0]!.cancel).toHaveBeenCalledOnce();
    dropFirstDraw(a);
    expect(tasks[2]!.cancel).toHaveBeenCalledOnce();
    expect(takeFirstDraw(a, 1, 2, 0)).toBeNull();
    expect(takeFirstDraw(b, 1, 1, 0)?.task).toBe(tasks[1]);
    expect(tasks[1]!.cancel).not.toHaveBeenCalled();
  });
});
