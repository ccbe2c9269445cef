/**
 * Deals to revisit and what the pipeline says, learned from an opportunities log's own history.
 *
 * - `readOpportunities(columns)`: the log (Id | Created | Status | Source | Salesperson | Value | Sold Date), unknown statuses listed.
 * - `conversionModel(opportunities, asOf)`: chance an open opportunity sells by month end, per status × source × age band, shrunk toward coarser levels.
 * - `dealsToRevisit(opportunities, model, asOf)`: open and recently lost opportunities ranked by expected value; `pipelineDeals(revisits)`: their expected deals.
 */
export { opportunityStatus, statusLabel, OPEN_STATUSES, type OpportunityStatus } from "./opportunityStatus";
export {
  readOpportunities,
  type Opportunity,
  type OpportunityColumns,
  type OpportunityLogRead,
} from "./opportunityLog";
export {
  openAt,
  opportunityAgeBand,
  MAX_OPEN_AGE,
  OPPORTUNITY_AGE_BANDS,
  type OpenStatus,
  type OpenOpportunity,
  type OpportunityAgeBand,
} from "./openOpportunity";
export { conversionExposures, sameDayOfMonth, LEARNING_MONTHS, type ConversionExposure } from "./conversionExposures";
export {
  conversionModel,
  learnConversion,
  PRIOR_TRIALS,
  type ConversionModel,
  type ConversionRate,
} from "./conversionModel";
export { dealsToRevisit, expectedPipelineDeals, pipelineDeals, type RevisitDeal } from "./dealsToRevisit";
export { readOpportunityTable, OPPORTUNITIES_TABLE, OPPORTUNITY_COLUMNS } from "./opportunityTable";
