import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The read-only PDF viewer (the deskundige's dossier pane, and the secretaris's Documenten dialog),
 * found within `scope`: its pages, the page indicator, the zoom and the toolbar.
 */
export class DocumentViewer {
  constructor(
    readonly page: Page,
    readonly scope: Locator,
  ) {}

  /** Every page of the open document. */
  get pages(): Locator {
    return this.scope.locator('[data-page-number]');
  }

  /**
   * The number of pages, read from the indicator, once every page's placeholder is there: the
   * viewer mounts the first pages at once and the rest after page 1 is drawn.
   */
  async pageCount(): Promise<number> {
    const label = this.scope.getByText(/^Pagina \d+ van \d+$/);
    await expect(label).toBeVisible();
    const total = Number(/van (\d+)$/.exec((await label.textContent()) ?? '')?.[1]);
    await expect(this.pages).toHaveCount(total);
    return total;
  }

  /** Page `n` (1-based), drawn or not. */
  pageAt(n: number): Locator {
    return this.scope.locator(`[data-page-number="${n}"]`);
  }

  /** Page `n` once drawn. */
  drawnPage(n: number): Locator {
    return this.scope.locator(`[data-page-number="${n}"][data-rendered="true"]`);
  }

  /** The indicator 'Pagina n van total'. */
  pageLabel(n: number, total: number): Locator {
    return this.scope.getByText(`Pagina ${n} van ${total}`, { exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.scope.getByRole('button', { name });
  }

  /** The zoom shown as a percentage. */
  get zoom(): Locator {
    return this.scope.getByText(/^\d+%$/);
  }

  async zoomPercent(): Promise<number> {
    return Number((await this.zoom.textContent())!.replace('%', ''));
  }

  /** Turns the pages a quarter clockwise and waits until page `n` lies on its side. */
  async rotate(n = 1): Promise<void> {
    await this.scope.getByRole('button', { name: 'Draai 90° rechtsom' }).click();
    await expect
      .poll(async () => {
        const box = (await this.pageAt(n).boundingBox())!;
        return box.width > box.height;
      })
      .toBe(true);
  }

  /** From the first page, the End key: to the last page. */
  async pressEndFromFirstPage(): Promise<void> {
    await this.pageAt(1).click();
    await this.page.keyboard.press('End');
  }
}
