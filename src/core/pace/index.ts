export { expectedToDate } from "./expectedToDate";
export { pace } from "./pace";
export { trend } from "./trend";
