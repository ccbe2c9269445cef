import { demoWorkbook } from "../demo/demoWorkbook";
import { MemoryWorkbook } from "../excel/memoryWorkbook";

/** The preview's workbook: the demo dealership in memory, through the same port Excel uses. */
export function demoPort(asOf: number): { port: MemoryWorkbook; storeName: string } {
  const demo = demoWorkbook(asOf);
  return {
    port: new MemoryWorkbook(
      { source: "Deals", rows: demo.dealRows },
      demo.targets,
      demo.holidays,
      demo.tables.map((t) => ({ source: t.name, rows: t.rows })),
    ),
    storeName: demo.storeName,
  };
}
