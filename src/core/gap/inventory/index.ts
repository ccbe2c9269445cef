/**
 * Aged units to push: how long each unit has been on the lot, its aging bucket and what it costs to
 * hold. `readInventory` reads the parallel columns Excel passes; `agedUnits` ages them as of a day.
 */
export { AGING_BUCKETS, agingBucket, type AgingBucket } from "./agingBucket";
export { DEFAULT_COST_PER_DAY, holdingCost } from "./holdingCost";
export {
  agedUnits,
  readInventory,
  type AgedUnit,
  type AgedUnitsResult,
  type DetailCell,
  type InventoryRead,
  type InventoryUnit,
} from "./agedUnits";
export { INVENTORY_TABLE, INVENTORY_COLUMNS, findColumn, readInventoryTable } from "./inventoryTable";
