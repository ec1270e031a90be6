import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { failOnMissingRecipes } from '@/components/ui/recipe-guard';

// jsdom lacks these browser APIs; Chakra (Ark/zag) and next-themes call them.
const mediaQueryListStub = (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    // next-themes still subscribes through the legacy listener API.
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as unknown as MediaQueryList;

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

Object.defineProperty(window, 'matchMedia', { value: mediaQueryListStub, writable: true });
Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, writable: true });
Object.defineProperty(Element.prototype, 'scrollTo', { value: () => undefined, writable: true });

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

// A component asking for a Chakra recipe the trimmed system left out throws in tests.
failOnMissingRecipes();
