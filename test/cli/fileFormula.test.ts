import { toFileFormula } from "../../src/cli/fileFormula";

// The stored forms are what Excel itself writes into sheet XML: _xldudf_<NAMESPACE>_<NAME> for an
// Office add-in's custom function, _xlfn._xlws.FILTER for FILTER.
it.each([
  ["GSM.PACE(B5,B4,B3,11,Holidays[Date])", "_xldudf_GSM_PACE(B5,B4,B3,11,Holidays[Date])"],
  [
    'GSM.PROJECT_MONTH_END(FILTER(Deals[Sold Date],Deals[Sales Person]="Ana"),B3)',
    '_xldudf_GSM_PROJECT_MONTH_END(_xlfn._xlws.FILTER(Deals[Sold Date],Deals[Sales Person]="Ana"),B3)',
  ],
  [
    'SUMIFS(PacecarTargets[Target],PacecarTargets[Month],TEXT(B3,"yyyy-mm"))',
    'SUMIFS(PacecarTargets[Target],PacecarTargets[Month],TEXT(B3,"yyyy-mm"))',
  ],
  ["ROUND(GSM.TREND(B5,B3),0)+1", "ROUND(_xldudf_GSM_TREND(B5,B3),0)+1"],
  ["MYGSM.PACE(1)", "MYGSM.PACE(1)"],
])("writes %s as %s", (typed, stored) => {
  expect(toFileFormula(typed)).toBe(stored);
});
