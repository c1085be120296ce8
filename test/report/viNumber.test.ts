import { viCount, viShare } from "../../src/core/report/viNumber";
import { displayName } from "../../src/core/report/displayName";

describe("numbers as published reports print them (REAL-FORMS.md §3)", () => {
  test("dot thousands", () => {
    expect(viCount(0)).toBe("0");
    expect(viCount(999)).toBe("999");
    expect(viCount(3675)).toBe("3.675");
    expect(viCount(1234567)).toBe("1.234.567");
  });

  test("shares to two decimals with a comma, rounded half up, always two shown", () => {
    expect(viShare(3410, 3675)).toBe("92,79%"); // 92,789…
    expect(viShare(193, 207)).toBe("93,24%"); // 93,236…
    expect(viShare(152, 166)).toBe("91,57%"); // 91,566…
    expect(viShare(2, 44)).toBe("4,55%"); // 4,5454…
    expect(viShare(1, 2)).toBe("50,00%");
    expect(viShare(5, 5)).toBe("100,00%");
    expect(viShare(0, 5)).toBe("0,00%");
  });

  test("no share over nothing, and none from an unknown figure", () => {
    expect(viShare(0, 0)).toBeNull();
    expect(viShare(null, 10)).toBeNull();
    expect(viShare(3, null)).toBeNull();
  });
});

describe("names in a sentence", () => {
  test.each([
    ["HUYỆN ỦY THỚI LAI", "Huyện ủy Thới Lai"],
    ["ĐẢNG ỦY XÃ XUÂN THẮNG", "Đảng ủy xã Xuân Thắng"],
    ["ĐẢNG ỦY XÃ TRƯỜNG XUÂN A", "Đảng ủy xã Trường Xuân A"],
    ["ĐẢNG BỘ QUÂN SỰ HUYỆN", "Đảng bộ Quân sự huyện"],
    ["Chi bộ Phòng Nội vụ huyện", "Chi bộ Phòng Nội vụ huyện"],
    ["THÀNH ỦY CẦN THƠ", "Thành ủy Cần Thơ"],
  ])("%s → %s", (typed, sentence) => {
    expect(displayName(typed)).toBe(sentence);
  });
});
