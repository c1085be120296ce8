import type { SheetRule } from "./Rule";
import { tplHeaderMissing } from "./tplHeaderMissing";
import { tplHeaderDuplicate } from "./tplHeaderDuplicate";
import { tplOldCategories } from "./tplOldCategories";
import { tplYearUnknown } from "./tplYearUnknown";
import { tplLegacyEncoding } from "./tplLegacyEncoding";
import { tplNoTotalRow } from "./tplNoTotalRow";
import { tplUnitDuplicate } from "./tplUnitDuplicate";
import { cellErrorValue } from "./cellErrorValue";
import { cellRequired } from "./cellRequired";
import { cellNumberAsText } from "./cellNumberAsText";
import { cellNotNumber } from "./cellNotNumber";
import { cellNotWhole } from "./cellNotWhole";
import { cellNegative } from "./cellNegative";
import { cellBadRating } from "./cellBadRating";
import { sumSubject } from "./sumSubject";
import { sumRated } from "./sumRated";
import { sumCategories } from "./sumCategories";
import { sumReason } from "./sumReason";
import { sumDisciplined } from "./sumDisciplined";
import { sumTotalRow } from "./sumTotalRow";
import { pctOver100 } from "./pctOver100";
import { pctMismatch } from "./pctMismatch";
import { quotaMembers } from "./quotaMembers";
import { quotaUnits } from "./quotaUnits";
import { orgExcellentWithFail } from "./orgExcellentWithFail";
import { orgExcellentBelow80 } from "./orgExcellentBelow80";
import { orgParentExcellent } from "./orgParentExcellent";
import { orgNewRated } from "./orgNewRated";
import { orgFailDisciplined } from "./orgFailDisciplined";
import { tplRowUnread } from "./tplRowUnread";
import { tplColumnUnread } from "./tplColumnUnread";
import { cellRatingTypo } from "./cellRatingTypo";
import { hierSectionSum } from "./hierSectionSum";
import { sumImpossible } from "./sumImpossible";
import { cellNotCalculated } from "./cellNotCalculated";
import { orgRatingDiffers } from "./orgRatingDiffers";
import { tplNoOrganisation } from "./tplNoOrganisation";

/** Structural rules: they run first, and an old form stops the detailed rules (see validateSheet). */
export const STRUCTURE_RULES: readonly SheetRule[] = [
  tplHeaderMissing,
  tplHeaderDuplicate,
  tplOldCategories,
  tplYearUnknown,
  tplLegacyEncoding,
  tplNoTotalRow,
  tplUnitDuplicate,
  tplRowUnread,
  tplColumnUnread,
  tplNoOrganisation,
];

/** Detailed rules, in the order a person fixes things: cells, then sums, then ratings. */
export const DETAIL_RULES: readonly SheetRule[] = [
  cellErrorValue,
  cellRequired,
  cellNumberAsText,
  cellNotNumber,
  cellNotWhole,
  cellNegative,
  cellBadRating,
  sumSubject,
  sumRated,
  sumCategories,
  sumReason,
  sumDisciplined,
  sumTotalRow,
  pctOver100,
  pctMismatch,
  quotaMembers,
  quotaUnits,
  orgExcellentWithFail,
  orgExcellentBelow80,
  orgParentExcellent,
  orgNewRated,
  orgFailDisciplined,
  cellRatingTypo,
  hierSectionSum,
  sumImpossible,
  cellNotCalculated,
  orgRatingDiffers,
];

export const SHEET_RULES: readonly SheetRule[] = [...STRUCTURE_RULES, ...DETAIL_RULES];
