import { useEffect, useState } from "react";
import type { StoreCalendar } from "../../core/calendar";
import { runForecastJob, type ForecastJob, type TeamForecasts } from "../../core/targets";

/** How long one slice of projecting may hold the pane before it lets the GSM type again. */
const SLICE_MS = 25;

/**
 * Projects the floor's lines a slice at a time, so the pane shows (with the trend meanwhile) and
 * stays responsive on a big deal log; `done` once every line has its projection. A new set of
 * jobs (another month, a new channel) starts over.
 */
export function useTeamForecasts(
  jobs: readonly ForecastJob[] | null,
  asOf: number,
  calendar: StoreCalendar
): { forecasts: TeamForecasts; done: boolean } {
  const [state, setState] = useState<{ forecasts: TeamForecasts; done: boolean }>({
    forecasts: new Map(),
    done: jobs === null || jobs.length === 0,
  });
  useEffect(() => {
    if (!jobs || jobs.length === 0) {
      setState({ forecasts: new Map(), done: true });
      return;
    }
    let cancelled = false;
    let next = 0;
    const out = new Map<string, ReturnType<typeof runForecastJob>>();
    setState({ forecasts: new Map(), done: false });
    const slice = () => {
      if (cancelled) return;
      const until = Date.now() + SLICE_MS;
      while (next < jobs.length && Date.now() < until) {
        const job = jobs[next++];
        if (job) out.set(job.key, runForecastJob(job, asOf, calendar));
      }
      setState({ forecasts: new Map(out), done: next >= jobs.length });
      if (next < jobs.length) timer = setTimeout(slice, 0);
    };
    let timer = setTimeout(slice, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [jobs, asOf, calendar]);
  return state;
}
