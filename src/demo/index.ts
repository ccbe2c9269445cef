export {
  generateDealership,
  DEFAULT_DEMO_MONTHS,
  DAY_NOISE_SHAPE,
  type GenerateDealershipOptions,
} from "./generateDealership";
export { demoTargets, TARGET_STRETCH, type DemoTargets } from "./demoTargets";
export { DEMO_PROFILES, DEFAULT_DEMO_PROFILE } from "./profiles";
export { closedHolidays, salesEvents, eventLifts, type ClosedHoliday, type SalesEvent } from "./events";
export { MONTH_SEASONALITY, DAY_OF_WEEK_WEIGHTS, seasonality, monthPushFactor } from "./demandRhythm";
export { createRandom, mixSeed, type Random } from "./random";
export { apportion } from "./apportion";
export type { DemoProfile, DemoDealership, DemoSalesperson, DemoChannelShare, DemoMonth } from "./types";
