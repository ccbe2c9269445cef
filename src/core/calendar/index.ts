export * from "./serial";
export * from "./weekend";
export * from "./holidays";
export * from "./dateText";
export * from "./sellingDays";
export * from "./storeCalendar";
export * from "./today";
export * from "./nthWeekday";
