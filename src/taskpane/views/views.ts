import type { ComponentType } from "react";
import { FirstScreenView } from "../components/FirstScreenView";
import { BudgetView } from "./BudgetView";
import { CloseGapView } from "./CloseGapView";
import { FloorView } from "./FloorView";
import { ProgramsView } from "./ProgramsView";
import { TeamView } from "./TeamView";
import type { ViewProps } from "./viewProps";

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
