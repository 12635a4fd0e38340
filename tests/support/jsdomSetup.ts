import { configure } from '@testing-library/react';

// The ui project runs on shared, busy machines and under coverage instrumentation: a lazily loaded chunk (admin,
// evaluation, booking, search) can take longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 5000 });

// Fluent's MessageBar and the shell measure themselves with ResizeObserver, which jsdom lacks. A test that needs
// a width stubs getBoundingClientRect. Like the browser's, this stand-in reports an element's size once when
// observing starts (a browser does so after its next layout, before painting; here at once, inside React's commit).
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public constructor(private readonly callback: ResizeObserverCallback) {}
    public observe(target: Element): void {
      const rect = target.getBoundingClientRect();
      const size = [{ inlineSize: rect.width, blockSize: rect.height }];
      this.callback([{ target, contentRect: rect, borderBoxSize: size, contentBoxSize: size, devicePixelContentBoxSize: size }], this);
    }
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

// A test that renders the whole app and walks an admin flow takes seconds alone and far longer on a loaded
// machine; a test cut off mid-flow leaves React work behind after jsdom is gone, which ends the whole run.
jest.setTimeout(120000);
