import { vi } from 'vitest';

const rect = (width: number, height: number) =>
  ({ width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;

/**
 * jsdom lays nothing out, so Recharts' responsive container measures 0×0, warns and draws nothing.
 * Call in `beforeEach`: chart containers then measure `width`×`height` and the SVG is drawn; every
 * other element keeps jsdom's empty box (restoreMocks undoes it after each test).
 */
export function giveChartsASize(width = 640, height = 280): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container') ? rect(width, height) : rect(0, 0);
  });
}
