import type { Random } from "./random";

/** Hands out a store's stock numbers as units sell. */
export interface StockBook {
  /** The stock number of the next unit sold; never repeats. */
  take(random: Random): string;
}

/**
 * Stock numbers like "N23817": prefix plus a running intake number. Units sell out of an inventory
 * of `inventorySize` in no particular order, so sold stock numbers are unique but not sequential,
 * as in a real log.
 */
export function createStockBook(prefix: string, firstNumber: number, inventorySize: number): StockBook {
  const size = Math.max(1, Math.round(inventorySize));
  const inventory = Array.from({ length: size }, (_, i) => firstNumber + i);
  let nextIntake = firstNumber + size;
  return {
    take(random: Random): string {
      const slot = random.int(size);
      const sold = inventory[slot] ?? nextIntake++;
      inventory[slot] = nextIntake++;
      return `${prefix}${String(sold)}`;
    },
  };
}
