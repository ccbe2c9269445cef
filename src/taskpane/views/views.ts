import { lazy, type ComponentType } from "react";
import { FirstScreenView } from "../components/FirstScreenView";
import type { ViewProps } from "./viewProps";

/*
 * The first tab is in the pane's own bundle; the others load when first opened, so the pane shows
 * the month without waiting for the code of every view (each is a chunk served beside the pane).
 */
const TeamView = lazy(() =>
  import(/* webpackChunkName: "view-team" */ "./TeamView").then((m) => ({ default: m.TeamView }))
);
const ProgramsView = lazy(() =>
  import(/* webpackChunkName: "view-programs" */ "./ProgramsView").then((m) => ({ default: m.ProgramsView }))
);
const FloorView = lazy(() =>
  import(/* webpackChunkName: "view-floor" */ "./FloorView").then((m) => ({ default: m.FloorView }))
);
const BudgetView = lazy(() =>
  import(/* webpackChunkName: "view-budget" */ "./BudgetView").then((m) => ({ default: m.BudgetView }))
);
const CloseGapView = lazy(() =>
  import(/* webpackChunkName: "view-close-gap" */ "./CloseGapView").then((m) => ({ default: m.CloseGapView }))
);

/** The pane's views, in tab order. `id` is what ?view= in the address picks (the tests use it). */
export const VIEWS: readonly { id: string; label: string; component: ComponentType<ViewProps> }[] = [
  { id: "month", label: "Month", component: FirstScreenView },
  { id: "team", label: "Team", component: TeamView },
  { id: "programs", label: "OEM programs", component: ProgramsView },
  { id: "floor", label: "Floor", component: FloorView },
  { id: "budget", label: "Budget", component: BudgetView },
  { id: "close-gap", label: "Close the gap", component: CloseGapView },
];

/** The view an address asks for (?view=floor), or the first. */
export function initialView(search: string): string {
  const asked = new URLSearchParams(search).get("view");
  return VIEWS.some((v) => v.id === asked) ? (asked as string) : (VIEWS[0]?.id ?? "month");
}
