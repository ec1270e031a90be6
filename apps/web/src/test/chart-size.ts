import { vi } from 'vitest';

const rect = (width: number, height: number) =>
  ({ width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;

/**
 * jsdom lays nothing out, so a chart would measure its container as 0 wide and fall back to its
 * initial width. Call in `beforeEach`: chart frames (class `chart-frame`, see category-chart.tsx)
 * then measure `width`×`height`, so tests draw at a width they chose; every other element keeps
 * jsdom's empty box (restoreMocks undoes it after each test).
 */
export function giveChartsASize(width = 640, height = 280): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('chart-frame') ? rect(width, height) : rect(0, 0);
  });
}
