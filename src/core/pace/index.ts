export { expectedToDate } from "./expectedToDate";
export { pace } from "./pace";
export { trend } from "./trend";
export { monthToDate, type MonthToDate } from "./monthToDate";
