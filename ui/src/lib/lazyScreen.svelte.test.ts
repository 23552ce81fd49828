import { afterEach, describe, expect, it, vi } from "vitest";
import { LazyScreen, preloadWhenIdle, type ScreenModule } from "./lazyScreen.svelte";

/** A stand-in for a component: what the screen's module exports by default. */
const Journal = () => "journal";
type Component = typeof Journal;

/** A script whose load the test finishes by hand. */
function pendingScript() {
  let finish!: (module: ScreenModule<Component>) => void;
  let fail!: (error: Error) => void;
  const importer = vi.fn(
    () =>
      new Promise<ScreenModule<Component>>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { importer, finish: () => finish({ default: Journal }), fail: (error: Error) => fail(error) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("LazyScreen", () => {
  it("loads the script once and keeps the component", async () => {
    const script = pendingScript();
    const screen = new LazyScreen(script.importer);
    expect(screen.component).toBeNull();
    const first = screen.load();
    const second = screen.load();
    expect(second).toBe(first);
    expect(screen.component).toBeNull();
    script.finish();
    expect(await first).toBe(Journal);
    expect(screen.component).toBe(Journal);
    expect(await screen.load()).toBe(Journal);
    expect(script.importer).toHaveBeenCalledTimes(1);
    expect(screen.error).toBeNull();
  });

  it("remembers a failed load and tries again on the next call", async () => {
    const offline = new Error("Importing a module script failed.");
    const importer = vi
      .fn<() => Promise<ScreenModule<Component>>>()
      .mockRejectedValueOnce(offline)
      .mockResolvedValueOnce({ default: Journal });
    const screen = new LazyScreen(importer);
    expect(await screen.load()).toBeNull();
    expect(screen.error).toBe(offline);
    expect(screen.component).toBeNull();

    const again = screen.load();
    // Trying again: no failure is shown while the script is on its way.
    expect(screen.error).toBeNull();
    expect(await again).toBe(Journal);
    expect(screen.component).toBe(Journal);
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it("counts a module without its component as a failed load", async () => {
    const broken = {
      get default(): Component {
        throw new Error("not a screen");
      },
    };
    const screen = new LazyScreen(() => Promise.resolve(broken));
    expect(await screen.load()).toBeNull();
    expect(screen.error).toEqual(new Error("not a screen"));
  });
});

describe("preloadWhenIdle", () => {
  /** Idle callbacks, run by the test. */
  function idleQueue() {
    const waiting: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (task: () => void) => waiting.push(task));
    return {
      get size() {
        return waiting.length;
      },
      run: () => waiting.shift()?.(),
    };
  }

  it("loads the screens one after the other, each when the page is idle", async () => {
    const idle = idleQueue();
    const journal = pendingScript();
    const trends = pendingScript();
    preloadWhenIdle([new LazyScreen(journal.importer), new LazyScreen(trends.importer)]);
    expect(journal.importer).not.toHaveBeenCalled();

    idle.run();
    expect(journal.importer).toHaveBeenCalledTimes(1);
    expect(idle.size).toBe(0);

    journal.finish();
    await vi.waitFor(() => expect(idle.size).toBe(1));
    expect(trends.importer).not.toHaveBeenCalled();
    idle.run();
    expect(trends.importer).toHaveBeenCalledTimes(1);
  });

  it("goes on after a screen that failed, and past one already loaded", async () => {
    const idle = idleQueue();
    const journal = pendingScript();
    const loaded = new LazyScreen(() => Promise.resolve({ default: Journal }));
    await loaded.load();
    const trends = vi.fn(() => Promise.resolve({ default: Journal }));
    const failing = new LazyScreen(journal.importer);
    preloadWhenIdle([failing, loaded, new LazyScreen(trends)]);

    idle.run();
    journal.fail(new Error("offline"));
    await vi.waitFor(() => expect(idle.size).toBe(1));
    expect(failing.error).toEqual(new Error("offline"));
    idle.run();
    await vi.waitFor(() => expect(idle.size).toBe(1));
    idle.run();
    await vi.waitFor(() => expect(trends).toHaveBeenCalledTimes(1));
  });
});
