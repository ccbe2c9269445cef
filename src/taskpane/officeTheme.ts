import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Follows Office's theme (dark when Office's body background is dark); light outside Office. */
export function themeFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const hex = officeTheme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || hex.length !== 6) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
