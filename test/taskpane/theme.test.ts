import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor } from "../../src/taskpane/theme";

describe("Office's theme", () => {
  test("dark pane backgrounds (Dark Gray, Black) give Fluent's dark theme; White and Colorful the light one", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#000000" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
  });
  test("no theme from the host: light", () => {
    expect(themeFor(null)).toBe(webLightTheme);
    expect(themeFor({})).toBe(webLightTheme);
  });
});
