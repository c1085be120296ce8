import type { Figures, OrgCounts } from "../rollup/Figures";
import { RATINGS, RATING_LABELS, type Rating } from "../model/Rating";
import { viCount, viShare } from "./viNumber";

/** A figure that may be unknown (helper rollups make unknown figures `null`). */
type Known = number | null;

const UNKNOWN = "chưa đủ số liệu";

function sum(a: Known, b: Known): Known {
  return a === null || b === null ? null : a + b;
}

/** "hoàn thành tốt nhiệm vụ 3.063 đồng chí, chiếm tỷ lệ 83,35%", or the count unknown. */
function ratingPart(rating: Rating, count: Known, rated: Known, unit: string): string {
  const label = RATING_LABELS[rating].toLowerCase();
  if (count === null) return `${label}: ${UNKNOWN}`;
  if (count === 0) return `${label}: không có`;
  const share = viShare(count, rated);
  return `${label} ${viCount(count)}${unit}${share ? `, chiếm tỷ lệ ${share}` : ""}`;
}

/** "Có 193/207 chi bộ hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 93,24%." */
function goodOrAboveSentence(good: Known, rated: Known, noun: string): string {
  if (good === null || rated === null) return `Số ${noun} hoàn thành tốt nhiệm vụ trở lên: ${UNKNOWN}.`;
  const share = viShare(good, rated);
  return `Có ${viCount(good)}/${viCount(rated)} ${noun} hoàn thành tốt nhiệm vụ trở lên${share ? `, chiếm tỷ lệ ${share}` : ""}.`;
}

/** One level of organisations: how many, how many rated, each rating with its share, good or above. */
export function countsClause(label: string, noun: string, c: OrgCounts): string {
  const total: Known = c.total;
  const rated: Known = c.rated;
  const head =
    rated === total
      ? `Về ${label}: có ${viCount(total)} ${noun} được đánh giá, xếp loại`
      : `Về ${label}: có ${viCount(total)} ${noun}, đã đánh giá, xếp loại ${rated === null ? UNKNOWN : `${viCount(rated)}/${viCount(total)}`}`;
  const parts = RATINGS.map((r) => ratingPart(r, c[r] as Known, rated, ""));
  return `${head}; trong đó ${parts.join("; ")}. ${goodOrAboveSentence(sum(c.excellent, c.good), rated, noun)}`;
}

/** Members: how many subject to rating, rated, each rating in "đồng chí" with its share, good or above. */
export function membersClause(f: Figures): string {
  const members: Known = f.members;
  const subject: Known = f.subject;
  const rated: Known = f.rated;
  const notRated: Known = f.notRated;
  const pieces: string[] = [];
  if (members !== null && subject !== null && members !== subject)
    pieces.push(`tổng số ${viCount(members)} đảng viên, ${viCount(subject)} đồng chí thuộc diện đánh giá, xếp loại`);
  else
    pieces.push(
      subject === null
        ? `số đảng viên thuộc diện đánh giá, xếp loại: ${UNKNOWN}`
        : `${viCount(subject)} đồng chí thuộc diện đánh giá, xếp loại`,
    );
  if (rated === null) pieces.push(`đã đánh giá, xếp loại: ${UNKNOWN}`);
  else if (subject !== null && rated !== subject)
    pieces.push(`đã đánh giá, xếp loại ${viCount(rated)}/${viCount(subject)} đồng chí`);
  else pieces.push(`đã đánh giá, xếp loại ${viCount(rated)} đồng chí`);
  if (notRated !== null && notRated > 0) pieces.push(`chưa đánh giá, xếp loại ${viCount(notRated)} đồng chí`);
  const parts = RATINGS.map((r) => ratingPart(r, f[r] as Known, rated, " đồng chí"));
  const disciplined: Known = f.disciplined;
  const discipline =
    disciplined !== null && disciplined > 0
      ? ` Có ${viCount(disciplined)} đồng chí bị thi hành kỷ luật trong năm.`
      : "";
  return `Về đảng viên: ${pieces.join("; ")}; trong đó ${parts.join("; ")}. ${goodOrAboveSentence(sum(f.excellent, f.good), rated, "đồng chí")}${discipline}`;
}
