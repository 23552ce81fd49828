/**
 * A screen (or a part shown instead of one, or only now and then) whose script is a file of its
 * own, loaded when first needed or in the background after the first paint: only Today is in
 * the start script. The component is kept once loaded, so from then on it shows at once. A
 * failed load is remembered, for the shell to say so with a way to try again rather than stay
 * blank.
 */

/** What `import("./screens/X.svelte")` resolves to. */
export interface ScreenModule<C> {
  default: C;
}

export class LazyScreen<C> {
  /** The screen's component once its script has loaded. */
  component = $state.raw<C | null>(null);
  /** Why the last load failed; null while loading, once loaded, or before any load. */
  error = $state.raw<unknown>(null);
  readonly #importer: () => Promise<ScreenModule<C>>;
  #loading: Promise<C | null> | null = null;

  constructor(importer: () => Promise<ScreenModule<C>>) {
    this.#importer = importer;
  }

  /**
   * Loads the script, once: calls while it loads share that load, and calls after it has loaded
   * return the kept component. After a failure the next call tries again. Never rejects; the
   * component, or null when the load failed (see `error`).
   */
  load(): Promise<C | null> {
    if (this.component) return Promise.resolve(this.component);
    if (this.#loading) return this.#loading;
    this.error = null;
    this.#loading = this.#importer()
      .then((module) => module.default)
      .then(
        (component) => {
          this.component = component;
          return component;
        },
        (error: unknown) => {
          this.#loading = null;
          this.error = error;
          return null;
        },
      );
    return this.#loading;
  }
}

/** Runs `task` when the page has nothing else to do (or soon, where WebKit cannot tell). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

/**
 * Loads each screen's script in the background, one after the other and each when the page is
 * idle, so that switching to any screen later is instant and the screen shown is never held up.
 */
export function preloadWhenIdle(screens: Iterable<LazyScreen<unknown>>): void {
  const queue = [...screens];
  const next = () => {
    const screen = queue.shift();
    if (screen) whenIdle(() => void screen.load().then(next));
  };
  next();
}
