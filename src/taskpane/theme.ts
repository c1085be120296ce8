import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** A colour's relative lightness (0 black … 1 white), from "#rrggbb". */
function lightness(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Fluent's theme for Office's: dark when Office's pane background is dark (Dark Gray, Black),
 * light otherwise (White, Colorful). Office.js gives the theme only in some hosts; light without it.
 */
export function themeFor(office: { bodyBackgroundColor?: string } | null | undefined): Theme {
  const l = lightness(office?.bodyBackgroundColor);
  return l !== null && l < 0.5 ? webDarkTheme : webLightTheme;
}
