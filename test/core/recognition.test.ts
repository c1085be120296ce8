import { recognizeSheet } from "../../src/core/recognize/recognizeSheet";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { parseOrgName } from "../../src/core/model/OrgName";
import { ALL_COLUMNS, levelSheet, xuanThangUnits, type ColumnId } from "../builders/levelSheet";
import { encodeTcvn3, encodeVni } from "../../src/core/text/encodeLegacy";
import type { SheetSnapshot } from "../../src/core/snapshot";

function recognize(snapshot: SheetSnapshot, options = {}): LevelSheet {
  const sheet = recognizeSheet(snapshot, options);
  if (sheet.kind !== "level") throw new Error(`not recognised: ${snapshot.name}`);
  return sheet;
}

const REQUIRED: ColumnId[] = [
  "unit",
  "members",
  "subject",
  "notRated",
  "rated",
  "excellent",
  "excellentPct",
  "good",
  "goodPct",
  "complete",
  "completePct",
  "fail",
  "failPct",
  "unitRating",
];

function expectRequiredColumns(sheet: LevelSheet) {
  for (const key of REQUIRED) expect(sheet.columns[key]).toBeDefined();
}

describe("recognition of level sheets by their labels", () => {
  test("reads the standard two-row header with merged groups", () => {
    const sheet = recognize(levelSheet({ rows: xuanThangUnits() }));
    expectRequiredColumns(sheet);
    // The builder lays the columns out in ALL_COLUMNS order from column A.
    expect(sheet.columns.good).toBe(ALL_COLUMNS.indexOf("good"));
    expect(sheet.columns.goodPct).toBe(ALL_COLUMNS.indexOf("goodPct"));
    expect(sheet.rows).toHaveLength(11);
    expect(sheet.totalRow).not.toBeNull();
  });

  test("reads the title block: parent, organisation, level and year", () => {
    const sheet = recognize(levelSheet({ rows: xuanThangUnits() }));
    expect(sheet.title.parent?.key).toBe(parseOrgName("HUYỆN ỦY THỚI LAI")!.key);
    expect(sheet.title.organisation?.display).toBe("ĐẢNG ỦY XÃ XUÂN THẮNG");
    expect(sheet.title.organisation?.level).toBe("grassroots");
    expect(sheet.year).toBe(2022);
    expect(sheet.ruleSet).toBe("HD21");
  });

  test("derives the rule set from the year", () => {
    expect(recognize(levelSheet({ year: 2023, rows: xuanThangUnits() })).ruleSet).toBe("QD124");
    expect(recognize(levelSheet({ year: 2025, rows: xuanThangUnits() })).ruleSet).toBe("QD366");
    expect(recognize(levelSheet({ year: 2022, rows: xuanThangUnits() }), { year: 2025 }).ruleSet).toBe("QD366");
  });

  test("finds a header that starts in row 9", () => {
    const sheet = recognize(levelSheet({ leadingRows: 3, rows: xuanThangUnits() }));
    expect(sheet.header.top).toBe(8);
    expectRequiredColumns(sheet);
  });

  test("accepts shuffled and extra columns", () => {
    const shuffled: ColumnId[] = [
      "unit",
      "stt",
      "unitRating",
      "good",
      "goodPct",
      "members",
      "subject",
      "rated",
      "notRated",
      "fail",
      "failPct",
      "excellent",
      "excellentPct",
      "complete",
      "completePct",
      "note",
    ];
    const sheet = recognize(
      levelSheet({
        columns: shuffled,
        extra: [
          { after: "members", label: "Số điện thoại" },
          { after: "stt", label: "Mã đơn vị" },
        ],
        rows: xuanThangUnits(),
      }),
    );
    expectRequiredColumns(sheet);
    expect(sheet.columns.unit).toBe(0);
    expect(sheet.columns.unitRating).toBe(3);
    expect(sheet.rows[0]!.cells.good).toMatchObject({ kind: "number" });
  });

  test("skips a row of column numbers under the header", () => {
    const sheet = recognize(levelSheet({ numbersRow: true, rows: xuanThangUnits() }));
    expect(sheet.header.numbersRow).toBe(sheet.header.bottom + 1);
    expect(sheet.rows).toHaveLength(11);
    expect(sheet.rows[0]!.unit).toBe("Chi bộ ấp Thới Hòa A");
  });

  test("accepts close variants of labels (Tổng số ĐV, Số ĐV được đánh giá)", () => {
    const sheet = recognize(
      levelSheet({
        labels: {
          members: "Tổng số ĐV",
          subject: "Số ĐV được đánh giá",
          unit: "Tên tổ chức đảng",
          unitRating: "Xếp loại tổ chức đảng",
        },
        rows: xuanThangUnits(),
      }),
    );
    expectRequiredColumns(sheet);
  });

  test("reads a TCVN3 header typed in .VnTime", () => {
    const sheet = recognize(levelSheet({ encodeText: encodeTcvn3, font: ".VnTime", rows: xuanThangUnits() }));
    expectRequiredColumns(sheet);
    expect(sheet.rows[0]!.unit).toBe("Chi bộ ấp Thới Hòa A");
    expect(sheet.grid.legacy?.encoding).toBe("tcvn3");
  });

  test("reads a VNI header typed in VNI-Times", () => {
    const sheet = recognize(levelSheet({ encodeText: encodeVni, font: "VNI-Times", rows: xuanThangUnits() }));
    expectRequiredColumns(sheet);
    expect(sheet.rows[1]!.unit).toBe("Chi bộ ấp Thới Hòa B");
  });

  test("reads legacy text from the text itself when no font names are known", () => {
    const tcvn3 = recognize(levelSheet({ encodeText: encodeTcvn3, font: null, rows: xuanThangUnits() }));
    expectRequiredColumns(tcvn3);
    expect(tcvn3.grid.legacy?.encoding).toBe("tcvn3");
    const vni = recognize(levelSheet({ encodeText: encodeVni, font: null, rows: xuanThangUnits() }));
    expectRequiredColumns(vni);
    expect(vni.grid.legacy?.encoding).toBe("vni");
  });

  test("compares NFD unit names with NFC ones, keeping the typed text", () => {
    const units = xuanThangUnits();
    units[0]!.unit = units[0]!.unit.normalize("NFD");
    const sheet = recognize(levelSheet({ rows: units }));
    expect(sheet.rows[0]!.unitKey).toBe(recognize(levelSheet({ rows: xuanThangUnits() })).rows[0]!.unitKey);
    expect(sheet.rows[0]!.unit).toBe("Chi bộ ấp Thới Hòa A"); // NFC for display
  });

  test("reads numbers stored as text the Vietnamese way", () => {
    const units = xuanThangUnits();
    units[0]!.set = { members: "3.675", goodPct: "91,56", subject: "12 " };
    const sheet = recognize(levelSheet({ rows: units }));
    expect(sheet.rows[0]!.cells.members).toMatchObject({ kind: "numberText", value: 3675 });
    expect(sheet.rows[0]!.cells.goodPct).toMatchObject({ kind: "numberText", value: 91.56, decimals: 2 });
    expect(sheet.rows[0]!.cells.subject).toMatchObject({ kind: "numberText", value: 12 });
  });

  test("reads the organisation's own rating under the table", () => {
    const sheet = recognize(
      levelSheet({ rows: xuanThangUnits(), ownRatingLine: "Đảng ủy đề nghị xếp loại: Hoàn thành xuất sắc nhiệm vụ" }),
    );
    expect(sheet.ownRating?.reading).toEqual({ kind: "rating", rating: "excellent" });
    expect(sheet.ownRating?.proposed).toBe(true);
  });

  test("lists a sheet without the template's header as another sheet", () => {
    const other: SheetSnapshot = {
      name: "Ghi chú",
      origin: { row: 0, col: 0 },
      values: [["Danh sách cần gọi điện"], ["Anh Nam", 912345678]],
      types: [["string"], ["string", "number"]],
      numberFormats: [["General"], ["General", "General"]],
      merges: [],
      fonts: [[null], [null, null]],
    };
    expect(recognizeSheet(other).kind).toBe("other");
  });

  test("an organisation and its committee share one key", () => {
    expect(parseOrgName("ĐẢNG BỘ HUYỆN THỚI LAI")!.key).toBe(parseOrgName("HUYỆN ỦY THỚI LAI")!.key);
    expect(parseOrgName("ĐẢNG BỘ XÃ XUÂN THẮNG")!.key).toBe(parseOrgName("Đảng ủy xã Xuân Thắng")!.key);
    expect(parseOrgName("TỈNH ỦY HẬU GIANG")!.level).toBe("province");
    expect(parseOrgName("HUYỆN ỦY THỚI LAI")!.level).toBe("district");
    expect(parseOrgName("Chi bộ Phòng Nội vụ huyện")!.level).toBe("cell");
    // Quân sự (military) is no Quận (urban district), though both fold to "quan".
    expect(parseOrgName("ĐẢNG BỘ QUÂN SỰ HUYỆN")!.level).toBe("grassroots");
    expect(parseOrgName("ĐẢNG BỘ QUẬN NINH KIỀU")!.level).toBe("district");
  });
});

describe("recognition without merge information", () => {
  test("a group label over Số lượng / Tỷ lệ reads for both columns even when the reader gives no merges", () => {
    const snap = levelSheet({ rows: xuanThangUnits() });
    const sheet = recognize({ ...snap, merges: [] });
    expectRequiredColumns(sheet);
    expect(sheet.columns.goodPct).toBe(ALL_COLUMNS.indexOf("goodPct"));
  });
});

describe("the rows under the header", () => {
  test("a TỔNG CỘNG row in capitals ends the units, and the line under it gives the own rating", () => {
    const units = xuanThangUnits();
    units.push({ unit: "TỔNG CỘNG", excellent: 21, good: 131, complete: 14 });
    const sheet = recognize(
      levelSheet({ rows: units, total: "none", ownRatingLine: "ĐẢNG ỦY TỰ XẾP LOẠI: HOÀN THÀNH TỐT NHIỆM VỤ" }),
    );
    expect(sheet.rows).toHaveLength(11);
    expect(sheet.totalRow?.cells.good).toMatchObject({ kind: "number", value: 131 });
    expect(sheet.ownRating?.reading).toEqual({ kind: "rating", rating: "good" });
  });

  test("a unit called Tổng đội is a unit, not a total", () => {
    const units = xuanThangUnits();
    units[3]!.unit = "Chi bộ Tổng đội Thanh niên xung phong";
    expect(recognize(levelSheet({ rows: units })).rows).toHaveLength(11);
  });
});
