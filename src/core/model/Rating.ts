/** The four ratings, the same for members and organisations (TEMPLATE.md §2). */
export const RATINGS = ["excellent", "good", "complete", "fail"] as const;
export type Rating = (typeof RATINGS)[number];

/** The exact labels of the form. */
export const RATING_LABELS: Record<Rating, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  complete: "Hoàn thành nhiệm vụ",
  fail: "Không hoàn thành nhiệm vụ",
};

export const RATING_CODES: Record<Rating, string> = {
  excellent: "HTXSNV",
  good: "HTTNV",
  complete: "HTNV",
  fail: "KHTNV",
};

export const RATING_LABELS_EN: Record<Rating, string> = {
  excellent: "completed tasks excellently",
  good: "completed tasks well",
  complete: "completed tasks",
  fail: "did not complete tasks",
};
