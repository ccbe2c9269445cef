import { createRefresher } from "../../../src/taskpane/floor/refresher";

describe("the Floor's refresher: no sync storm", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }

  it("turns a burst of change events into one read", async () => {
    let reads = 0;
    const r = createRefresher(() => {
      reads++;
      return Promise.resolve();
    }, 100);
    for (let i = 0; i < 20; i++) r.request();
    jest.advanceTimersByTime(100);
    await settle();
    expect(reads).toBe(1);
  });

  it("never overlaps reads, and a request during a read gives exactly one more", async () => {
    let reads = 0;
    let release: () => void = () => undefined;
    const r = createRefresher(() => {
      reads++;
      return new Promise<void>((resolve) => (release = resolve));
    }, 10);
    r.request();
    jest.advanceTimersByTime(10);
    expect(reads).toBe(1);
    for (let i = 0; i < 3; i++) {
      r.request();
      jest.advanceTimersByTime(10);
    }
    expect(reads).toBe(1);
    release();
    await settle();
    expect(reads).toBe(2);
    release();
    await settle();
    expect(reads).toBe(2);
  });

  it("reads nothing once disposed", async () => {
    let reads = 0;
    const r = createRefresher(() => {
      reads++;
      return Promise.resolve();
    }, 10);
    r.request();
    r.dispose();
    jest.advanceTimersByTime(50);
    await settle();
    expect(reads).toBe(0);
  });
});
